package org.sakuin.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;

/**
 * Indicators as a spreadsheet, one row each with every figure flattened into a cell: actuals and targets
 * become {@code FY:value; …}. CSV starts with a byte-order mark because Excel otherwise reads UTF-8 as Shift_JIS.
 */
final class IndicatorExport {

    static final List<String> HEADER = List.of("自治体", "都道府県", "計画", "種別", "指標名", "単位", "基準値", "基準年度",
            "実績", "達成率", "目標値", "説明", "ファイル", "ページ", "見出し");

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Rows SXSSF keeps in memory before it flushes to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;
    /** Column widths in characters for the long texts; the rest keep Excel's default. */
    private static final int NAME_WIDTH = 40;
    private static final int TEXT_WIDTH = 24;

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
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.EXCEL.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (IndicatorEntry indicator : indicators) {
                printer.printRecord(row(indicator).stream().map(IndicatorExport::csvCell));
            }
        }
    }

    static void writeXlsx(List<IndicatorEntry> indicators, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet("指標");
            Row header = sheet.createRow(0);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(HEADER.indexOf("指標名"), NAME_WIDTH * 256);
            sheet.setColumnWidth(HEADER.indexOf("計画"), TEXT_WIDTH * 256);
            sheet.setColumnWidth(HEADER.indexOf("見出し"), NAME_WIDTH * 256);
            int r = 1;
            for (IndicatorEntry indicator : indicators) {
                Row row = sheet.createRow(r++);
                List<Object> cells = row(indicator);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
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

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
