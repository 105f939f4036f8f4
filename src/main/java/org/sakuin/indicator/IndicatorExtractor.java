package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sakuin.plan.Indicator;
import org.sakuin.structure.StructuredBlock;

/**
 * Finds the indicators (成果指標, 評価指標, KPI …) of a plan in every layout plans use: tables with known cells
 * (also typed with a delimiter, "指標名／単位／基準値／目標値"), tables PDF extraction flattened into lines, names
 * listed under an indicator heading, and prose targets ("40人(2014年度)→年40人(2019年度)"). The same indicator
 * mentioned twice in a document is one record; its achievement rate is computed when the plan prints none.
 */
public final class IndicatorExtractor {

    public List<Indicator> extract(String documentId, List<StructuredBlock> blocks) {
        return extract(documentId, blocks, new ExtractionLog());
    }

    /** Extracts, recording in {@code log} why each table was or was not read. */
    public List<Indicator> extract(String documentId, List<StructuredBlock> lines, ExtractionLog log) {
        List<StructuredBlock> blocks = DelimitedRows.asRows(lines);
        List<RowRecord> rows = new ArrayList<>();
        rows.addAll(CellTableReader.read(blocks, log));
        rows.addAll(StackedTextReader.read(blocks, log));
        rows.addAll(ListedNameReader.read(blocks));
        rows.addAll(ProseTargetReader.read(blocks));
        rows.sort(Comparator.comparingInt(RowRecord::block));
        List<Indicator> mentions = rows.stream()
                .map(row -> IndicatorAssembler.assemble(row, documentId, blocks.get(row.block()).section(),
                        blocks.get(row.block()).block().page()))
                .filter(indicator -> !indicator.name().isBlank())
                .toList();
        return IndicatorMerger.merge(mentions).stream().map(AchievementRate::fill).toList();
    }
}
