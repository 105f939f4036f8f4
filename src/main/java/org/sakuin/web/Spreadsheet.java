package org.sakuin.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A header and rows of cells written as CSV or as an Excel sheet: a cell that is a {@link Number} stays a number,
 * so a spreadsheet can compute with it; null is an empty cell. CSV starts with a byte-order mark because Excel
 * otherwise reads UTF-8 as Shift_JIS.
 *
 * @param widths column widths in characters by header, for the long texts; the rest keep Excel's default
 */
record Spreadsheet(String sheetName, List<String> header, Map<String, Integer> widths) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Rows SXSSF keeps in memory before it flushes to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    void writeCsv(List<List<Object>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(Spreadsheet::csvCell));
            }
        }
    }

    /** As a spreadsheet shows it: a decimal in full (1000, not 1E+3), nothing for null. */
    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    void writeXlsx(List<List<Object>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row head = sheet.createRow(0);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            widths.forEach((column, width) -> sheet.setColumnWidth(header.indexOf(column), width * 256));
            int r = 1;
            for (List<Object> cells : rows) {
                Row row = sheet.createRow(r++);
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
}
