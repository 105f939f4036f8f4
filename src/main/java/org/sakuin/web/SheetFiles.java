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
 * {@link ExportSheet}s as files: CSV (one sheet) and XLSX (several). CSV starts with a byte-order mark because
 * Excel otherwise reads UTF-8 as Shift_JIS; numbers stay numbers (41383, 2018 — never 2018.0), so a spreadsheet
 * can compute with them.
 */
final class SheetFiles {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Rows SXSSF keeps in memory before it flushes to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;
    /** Column widths in characters for the long texts, by column name; the rest keep Excel's default. */
    private static final Map<String, Integer> WIDTHS = Map.of("指標名", 40, "見出し", 40, "計画", 24, "抜粋", 60);

    private SheetFiles() {
    }

    static void writeCsv(ExportSheet sheet, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.EXCEL.builder().setHeader(sheet.header().toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (List<Object> row : sheet.rows()) {
                printer.printRecord(row.stream().map(SheetFiles::csvCell));
            }
        }
    }

    static void writeXlsx(List<ExportSheet> sheets, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
            for (ExportSheet sheet : sheets) {
                write(sheet, workbook.createSheet(sheet.name()), bold, whole);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void write(ExportSheet data, Sheet sheet, CellStyle bold, CellStyle whole) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < data.header().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(data.header().get(c));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        WIDTHS.forEach((column, characters) -> width(sheet, data, column, characters));
        int r = 1;
        for (List<Object> cells : data.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof Number number) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(number.doubleValue());
                    if (data.wholeNumbers(c)) {
                        cell.setCellStyle(whole);
                    }
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }

    private static void width(Sheet sheet, ExportSheet data, String column, int characters) {
        int index = data.header().indexOf(column);
        if (index >= 0) {
            sheet.setColumnWidth(index, characters * 256);
        }
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
