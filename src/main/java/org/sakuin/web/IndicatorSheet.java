package org.sakuin.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.Figures;
import org.sakuin.search.IndicatorEntry;

/**
 * Indicators as a table for people who chart and sum: figures are numbers ({@link BigDecimal}), years and pages
 * whole numbers ({@link Integer}), words (現状維持) text, an empty cell null; each row links to its source page.
 */
final class IndicatorSheet {

    /** The columns before the figures, in both layouts. */
    private static final List<String> ABOUT = List.of("指標ID", "自治体", "都道府県", "自治体コード", "計画", "種別", "指標名", "単位");
    /** The columns after the figures of the wide layout. */
    private static final List<Kind> KINDS = List.of(new Kind("基準値", IndicatorSheet::baseline),
            new Kind("実績", IndicatorEntry::actuals), new Kind("目標値", IndicatorEntry::targets));
    private static final List<String> SOURCE = List.of("達成率(%)", "達成率の出所", "説明", "見出し", "ページ", "原文リンク");

    /**
     * One row per indicator: 基準値 and 基準年度, then 実績1, 実績年度1 … and 目標値1, 目標年度1 … in columns of their own,
     * as many as the indicator with the most has.
     */
    static ExportSheet wide(List<IndicatorEntry> indicators, SourceAddress links) {
        int actuals = indicators.stream().mapToInt(e -> e.actuals().size()).max().orElse(0);
        int targets = indicators.stream().mapToInt(e -> e.targets().size()).max().orElse(0);
        List<String> header = new ArrayList<>(ABOUT);
        header.addAll(List.of("基準値", "基準年度"));
        for (int n = 1; n <= actuals; n++) {
            header.addAll(List.of("実績" + n, "実績年度" + n));
        }
        for (int n = 1; n <= targets; n++) {
            header.addAll(List.of("目標値" + n, "目標年度" + n));
        }
        header.addAll(SOURCE);
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorEntry e : indicators) {
            List<Object> row = about(e);
            figures(row, baseline(e), 1);
            figures(row, e.actuals(), actuals);
            figures(row, e.targets(), targets);
            row.add(Figures.percent(e.achievement()).orElse(null));
            row.add(e.achievement() == null ? null : e.achievementComputed() ? "算出" : "計画の記載");
            row.add(e.description());
            row.add(e.section());
            row.add(e.page());
            row.add(links.of(e));
            rows.add(row);
        }
        return new ExportSheet("指標", List.copyOf(header), rows);
    }

    /** One row per indicator × kind × year: what a pivot table or a chart of several towns reads. */
    static ExportSheet tall(List<IndicatorEntry> indicators, SourceAddress links) {
        List<String> header = new ArrayList<>(ABOUT);
        header.addAll(List.of("区分", "年度", "値", "記載", "ページ", "原文リンク"));
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorEntry e : indicators) {
            for (Kind kind : KINDS) {
                for (IndicatorValue value : kind.values().apply(e)) {
                    List<Object> row = about(e);
                    row.addAll(Arrays.asList(kind.label(), value.fy(), cell(value), value.raw(), e.page(),
                            links.of(e)));
                    rows.add(row);
                }
            }
        }
        return new ExportSheet("推移", List.copyOf(header), rows);
    }

    private IndicatorSheet() {
    }

    private record Kind(String label, Function<IndicatorEntry, List<IndicatorValue>> values) {
    }

    private static List<IndicatorValue> baseline(IndicatorEntry e) {
        return e.baseline() == null ? List.of() : List.of(e.baseline());
    }

    private static List<Object> about(IndicatorEntry e) {
        return new ArrayList<>(Arrays.asList(e.id(), e.municipality(), e.prefecture(), e.municipalityCode(),
                e.plan(), e.kind(), e.name(), e.unit()));
    }

    /** Value and year of each figure, then empty pairs up to {@code columns}. */
    private static void figures(List<Object> row, List<IndicatorValue> values, int columns) {
        for (int n = 0; n < columns; n++) {
            IndicatorValue value = n < values.size() ? values.get(n) : null;
            row.add(value == null ? null : cell(value));
            row.add(value == null ? null : value.fy());
        }
    }

    /** A number stays one, so a spreadsheet can compute with it; 現状維持 and the like stay text. */
    private static Object cell(IndicatorValue value) {
        return value.value() == null ? null : Figures.number(value.value()).<Object>map(n -> n).orElse(value.value());
    }
}
