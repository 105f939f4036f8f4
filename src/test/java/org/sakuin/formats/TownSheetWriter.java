package org.sakuin.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a town's plan as the indicator sheet towns publish beside it: one sheet with the plan's title, its
 * headings and labels (【成果指標】) in column A, and each table ruled, with merged header cells, wrapped text and
 * plain figures as numbers (formatted as printed: 3,210 or 38.2). Prose stays in the plan, not the sheet.
 * The page setup fits the sheet to the width of an A4 page, as offices set it before printing.
 */
final class TownSheetWriter {

    private static final Pattern FIGURE = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern LABEL = Pattern.compile("【[^】]+】");
    /** The sheet's width in characters, shared out among the columns by the widest table's shares. */
    private static final int SHEET_WIDTH_CHARACTERS = 100;
    /** The height of one line of 11 pt text; Excel stores each row's height, and LibreOffice prints it as stored. */
    private static final float LINE_HEIGHT_POINTS = 14.5f;
    private static final String JAPANESE_SHEET_FONT = "ＭＳ Ｐゴシック";

    private final XSSFWorkbook book;
    private final Sheet sheet;
    private final CellStyle bold;
    private final CellStyle header;
    private final CellStyle body;
    private final int[] columnCharacters;
    private int nextRow;

    private TownSheetWriter(XSSFWorkbook book, TownPlan plan) {
        this.book = book;
        this.sheet = book.createSheet("指標一覧");
        book.getFontAt(0).setFontName(JAPANESE_SHEET_FONT);
        this.columnCharacters = columnWidths(plan);
        Font boldFont = book.createFont();
        boldFont.setBold(true);
        this.bold = book.createCellStyle();
        bold.setFont(boldFont);
        this.header = ruled(boldFont);
        this.body = ruled(null);
    }

    static void write(TownPlan plan, Path target) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            TownSheetWriter writer = new TownSheetWriter(book, plan);
            plan.blocks().forEach(writer::add);
            writer.setUpPage();
            try (OutputStream out = Files.newOutputStream(target)) {
                book.write(out);
            }
        }
    }

    private void add(TownPlan.Block block) {
        switch (block) {
            case TownPlan.Heading heading -> text(heading.text(), bold);
            case TownPlan.Paragraph paragraph when LABEL.matcher(paragraph.text()).matches() ->
                    text(paragraph.text(), null);
            case TownPlan.Paragraph ignored -> { }
            case TownPlan.Table table -> addTable(table);
        }
    }

    private void text(String text, CellStyle style) {
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private void addTable(TownPlan.Table table) {
        int top = nextRow;
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(nextRow++);
            row.setHeightInPoints(LINE_HEIGHT_POINTS * linesOf(table, r));
            for (int c = 0; c < table.columnCount(); c++) {
                Cell cell = row.createCell(c);
                boolean isHeader = r < table.headerRows();
                cell.setCellStyle(isHeader ? header : body);
                if (!table.covered(r, c)) {
                    setValue(cell, table.cell(r, c), isHeader);
                    int rows = table.rowSpan(r, c);
                    int columns = table.columnSpan(r, c);
                    if (rows > 1 || columns > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(top + r, top + r + rows - 1, c, c + columns - 1));
                    }
                }
            }
        }
        nextRow++; // a blank row between tables, as people leave one
    }

    private void setValue(Cell cell, String text, boolean isHeader) {
        if (!isHeader && FIGURE.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text.replace(",", "")));
            CellStyle numeric = book.createCellStyle();
            numeric.cloneStyleFrom(body);
            numeric.setDataFormat(book.createDataFormat().getFormat(numberFormat(text)));
            cell.setCellStyle(numeric);
        } else {
            cell.setCellValue(String.join("\n", TownPlan.Table.lines(text)));
        }
    }

    /** The format that prints the number as the plan writes it: thousands separators and decimals kept. */
    private static String numberFormat(String figure) {
        int point = figure.indexOf('.');
        String decimals = point < 0 ? "" : "." + "0".repeat(figure.length() - point - 1);
        return (figure.contains(",") ? "#,##0" : "0") + decimals;
    }

    private CellStyle ruled(Font font) {
        CellStyle style = book.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private static int[] columnWidths(TownPlan plan) {
        TownPlan.Table widest = plan.blocks().stream().filter(TownPlan.Table.class::isInstance)
                .map(TownPlan.Table.class::cast).reduce((a, b) -> b.columnCount() > a.columnCount() ? b : a)
                .orElseThrow();
        return widest.widths().stream().mapToInt(w -> SHEET_WIDTH_CHARACTERS * w / 100).toArray();
    }

    /** The lines the row's tallest cell wraps to in its column(s), as Excel sizes a row when text is typed. */
    private int linesOf(TownPlan.Table table, int r) {
        int lines = 1;
        for (int c = 0; c < table.columnCount(); c++) {
            if (table.covered(r, c) || table.rowSpan(r, c) > 1) {
                continue;
            }
            int width = -1; // a character's worth of padding
            for (int i = c; i < c + table.columnSpan(r, c); i++) {
                width += columnCharacters[i];
            }
            int cellLines = 0;
            for (String line : TownPlan.Table.lines(table.cell(r, c))) {
                cellLines += Math.max(1, (displayWidth(line) + width - 1) / Math.max(1, width));
            }
            lines = Math.max(lines, cellLines);
        }
        return lines;
    }

    /** Full-width characters take two character widths of a column, others one. */
    private static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
    }

    private void setUpPage() {
        for (int c = 0; c < columnCharacters.length; c++) {
            sheet.setColumnWidth(c, 256 * columnCharacters[c]);
        }
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
