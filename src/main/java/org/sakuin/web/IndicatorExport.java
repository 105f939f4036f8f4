package org.sakuin.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;

/**
 * Indicators as a spreadsheet, one row each with every figure flattened into a cell: actuals and targets
 * become {@code FY:value; …} ({@link Spreadsheet} writes them).
 */
final class IndicatorExport {

    static final List<String> HEADER = List.of("自治体", "都道府県", "計画", "種別", "指標名", "単位", "基準値", "基準年度",
            "実績", "達成率", "目標値", "説明", "ファイル", "ページ", "見出し");

    /** Column widths in characters for the long texts; the rest keep Excel's default. */
    private static final int NAME_WIDTH = 40;
    private static final int TEXT_WIDTH = 24;
    private static final Spreadsheet SHEET = new Spreadsheet("指標", HEADER,
            Map.of("指標名", NAME_WIDTH, "計画", TEXT_WIDTH, "見出し", NAME_WIDTH));

    private IndicatorExport() {
    }

    /** The cells of one indicator, in {@link #HEADER} order: text, a number, or null for an empty cell. */
    static List<Object> row(IndicatorEntry e) {
        IndicatorValue baseline = e.baseline();
        List<Object> cells = new ArrayList<>();
        cells.add(e.municipality());
        cells.add(e.prefecture());
        cells.add(e.plan());
        cells.add(e.kind());
        cells.add(e.name());
        cells.add(e.unit());
        cells.add(baseline == null ? null : numberOrText(baseline.value()));
        cells.add(baseline == null ? null : baseline.fy());
        cells.add(series(e.actuals()));
        cells.add(e.achievement());
        cells.add(series(e.targets()));
        cells.add(e.description());
        cells.add(e.file());
        cells.add(e.page());
        cells.add(e.section());
        return cells;
    }

    static void writeCsv(List<IndicatorEntry> indicators, OutputStream out) throws IOException {
        SHEET.writeCsv(indicators.stream().map(IndicatorExport::row).toList(), out);
    }

    static void writeXlsx(List<IndicatorEntry> indicators, OutputStream out) throws IOException {
        SHEET.writeXlsx(indicators.stream().map(IndicatorExport::row).toList(), out);
    }

    /** {@code 2016:152; 2017:155}; a figure without a year is the value alone. */
    static String series(List<IndicatorValue> values) {
        return values.stream().filter(v -> v.value() != null)
                .map(v -> v.fy() == null ? v.value() : v.fy() + ":" + v.value())
                .collect(Collectors.joining("; "));
    }

    /** A figure that is a number stays one, so Excel can compute with it; 現状維持 and the like stay text. */
    private static Object numberOrText(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
