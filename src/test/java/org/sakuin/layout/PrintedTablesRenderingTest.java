package org.sakuin.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.sakuin.ingest.IndicatorExplainer;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;

/**
 * Writes plans with real ruled indicator tables as Word and Excel files, prints them to PDF with LibreOffice
 * (as towns do) and checks that the PDF gives the same indicators as the file it was printed from.
 */
@Tag("rendering")
class PrintedTablesRenderingTest {

    /** Enough rows that the first table runs onto the next page, where Word does not repeat its header. */
    private static final int LONG_TABLE_ROWS = 40;
    private static final String[] PLACES = {"中央", "東部", "西部", "南部", "北部"};
    private static final String[] THINGS = {"地域の防災訓練に参加したことのある市民の割合", "自治会に加入している世帯の数",
            "地域の見守り活動に協力している事業所の数", "市民活動団体の登録数"};

    /** Indicators of a health plan: long names that wrap in a narrow column, a unit, and five figures. */
    private static final String[][] HEALTH = {
            {"特定健康診査の受診率（国民健康保険加入者）", "%", "38.2", "40.1", "41.5", "43.0", "60.0"},
            {"特定保健指導の実施率（国民健康保険加入者）", "%", "21.4", "25.0", "27.3", "30.2", "45.0"},
            {"がん検診の受診率（胃がん）", "%", "8.5", "9.1", "9.8", "10.4", "15.0"},
            {"運動習慣のある市民の割合", "%", "28.0", "29.5", "30.1", "31.2", "40.0"},
            {"朝食を毎日食べる児童の割合", "%", "88.4", "89.0", "90.2", "91.1", "100"},
            {"健康づくり推進員の人数", "人", "120", "125", "131", "140", "150"},
            {"歯科健診の受診者数（成人）", "人", "1,250", "1,310", "1,402", "1,455", "1,800"},
            {"介護予防教室の開催回数", "回", "48", "52", "55", "60", "72"}};

    private static final int NAME_WIDTH = 16;

    @TempDir
    static Path folder;

    @BeforeAll
    static void needsLibreOffice() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice (soffice) is not installed");
    }

    @Test
    void aWordFilePrintedToPdfGivesTheSameIndicators() throws Exception {
        Path docx = folder.resolve("senryaku.docx");
        writeDocx(docx);
        List<String> fromDocx = indicators(docx);
        assertThat(fromDocx).hasSize(LONG_TABLE_ROWS + 3);
        assertThat(indicators(printed(docx))).containsExactlyInAnyOrderElementsOf(fromDocx);
    }

    @Test
    void anExcelSheetPrintedToPdfGivesTheSameIndicators() throws Exception {
        Path xlsx = folder.resolve("kpi.xlsx");
        writeXlsx(xlsx);
        List<String> fromXlsx = indicators(xlsx);
        assertThat(fromXlsx).hasSize(12);
        assertThat(indicators(printed(xlsx))).containsExactlyInAnyOrderElementsOf(fromXlsx);
    }

    @Test
    void anExcelSheetWithoutBordersPrintedToPdfGivesTheSameIndicators() throws Exception {
        Path xlsx = folder.resolve("kenko.xlsx");
        writeBorderlessXlsx(xlsx);
        List<String> fromXlsx = indicators(xlsx);
        assertThat(fromXlsx).hasSize(HEALTH.length);
        assertThat(indicators(printed(xlsx))).containsExactlyInAnyOrderElementsOf(fromXlsx);
    }

    @Test
    void aWordTableWithoutBordersPrintedToPdfGivesTheSameIndicators() throws Exception {
        Path docx = folder.resolve("kenko.docx");
        writeBorderlessDocx(docx);
        List<String> fromDocx = indicators(docx);
        assertThat(fromDocx).hasSize(HEALTH.length);
        assertThat(indicators(printed(docx))).containsExactlyInAnyOrderElementsOf(fromDocx);
    }

    private static List<String> indicators(Path file) throws IOException {
        try (IndicatorExplainer explainer = new IndicatorExplainer()) {
            return explainer.explain(file).indicators().stream().map(PrintedTablesRenderingTest::describe).toList();
        }
    }

    private static String describe(Indicator indicator) {
        return indicator.name() + " | " + value(indicator.baseline()) + " | "
                + indicator.targets().stream().map(PrintedTablesRenderingTest::value).toList();
    }

    private static String value(IndicatorValue value) {
        return value == null ? "-" : value.value() + "@" + value.fy();
    }

    private static Path printed(Path file) throws IOException, InterruptedException {
        Path out = Files.createDirectories(folder.resolve("pdf"));
        Process soffice = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + folder.resolve("lo"),
                "--convert-to", "pdf", "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        String name = file.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).exists();
        return pdf;
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; names.size() < count; i++) {
            names.add(PLACES[i % PLACES.length] + "地区の" + THINGS[(i / PLACES.length) % THINGS.length]
                    + "(第" + (i + 1) + "期)");
        }
        return names;
    }

    private static void writeDocx(Path target) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("第1章 地域づくりの推進");
            document.createParagraph().createRun().setText("【成果指標】");
            List<String> names = names(LONG_TABLE_ROWS + 3);
            XWPFTable simple = document.createTable(LONG_TABLE_ROWS + 1, 4);
            widths(simple, 3600, 900, 2200, 2200);
            fill(simple.getRow(0), "指標名", "単位", "基準値(令和元年度)", "目標値(令和7年度)");
            for (int i = 0; i < LONG_TABLE_ROWS; i++) {
                fill(simple.getRow(i + 1), names.get(i), "%", String.valueOf(40 + i), String.valueOf(60 + i));
            }
            document.createParagraph().createRun().setText("施策の方向性に沿って取組を進めます。");
            document.createParagraph().createRun().setText("【成果指標】");
            XWPFTable twoRowHeader = document.createTable(5, 5);
            widths(twoRowHeader, 3600, 900, 1700, 1700, 1700);
            fill(twoRowHeader.getRow(0), "指標名", "単位", "基準値(令和元年度)", "目標値", "");
            fill(twoRowHeader.getRow(1), "", "", "", "令和7年度", "令和12年度");
            for (int c = 0; c < 3; c++) { // 指標名, 単位, 基準値 stand over both header rows
                verticallyMerged(twoRowHeader.getRow(0).getCell(c), STMerge.RESTART);
                verticallyMerged(twoRowHeader.getRow(1).getCell(c), STMerge.CONTINUE);
            }
            twoRowHeader.getRow(0).getCell(3).getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            twoRowHeader.getRow(0).removeCell(4);
            for (int i = 0; i < 3; i++) {
                fill(twoRowHeader.getRow(i + 2), names.get(LONG_TABLE_ROWS + i), "件", String.valueOf(10 + i),
                        String.valueOf(20 + i), String.valueOf(30 + i));
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                document.write(out);
            }
        }
    }

    private static void widths(XWPFTable table, int... twips) {
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < twips.length; c++) {
                row.getCell(c).setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
                row.getCell(c).setWidth(String.valueOf(twips[c]));
            }
        }
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.getCTTbl().getTblPr().addNewTblW().setType(STTblWidth.DXA);
    }

    private static void fill(XWPFTableRow row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.getCell(c).setText(cells[c]);
            }
        }
    }

    private static void verticallyMerged(XWPFTableCell cell, STMerge.Enum merge) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(merge);
    }

    /**
     * An Excel sheet printed without borders, as offices print their sheets: default (bottom) alignment, names
     * wrapped in a narrow column, a header whose cells wrap too, 実績値 merged over three years, figures as numbers.
     */
    private static void writeBorderlessXlsx(Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("指標");
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            String[][] head = {{"指標", "単位", "策定時\n（R3）", "実績値", "", "", "目標値\n（R9）"},
                    {"", "", "", "R4", "R5", "R6", ""}};
            sheet.createRow(0).createCell(0).setCellValue("第3次健康増進計画");
            sheet.createRow(1).createCell(0).setCellValue("基本目標1 生涯を通じた健康づくり");
            sheet.createRow(2).createCell(0).setCellValue("【成果指標】");
            for (int r = 0; r < head.length; r++) {
                var row = sheet.createRow(3 + r);
                for (int c = 0; c < head[r].length; c++) {
                    var cell = row.createCell(c);
                    cell.setCellStyle(wrapped);
                    cell.setCellValue(head[r][c]);
                }
            }
            for (int c : new int[] {0, 1, 2, 6}) {
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 4, c, c));
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 3, 3, 5));
            for (int i = 0; i < HEALTH.length; i++) {
                var row = sheet.createRow(5 + i);
                // Excel stores the height that fits the wrapped name (two full-width characters a column unit)
                row.setHeightInPoints(14.5f * Math.ceilDiv(2 * HEALTH[i][0].length(), NAME_WIDTH - 1));
                var name = row.createCell(0);
                name.setCellStyle(wrapped);
                name.setCellValue(HEALTH[i][0]);
                row.createCell(1).setCellValue(HEALTH[i][1]);
                for (int c = 2; c < HEALTH[i].length; c++) {
                    CellStyle number = workbook.createCellStyle();
                    number.setDataFormat(workbook.createDataFormat().getFormat(
                            HEALTH[i][c].contains(".") ? "0.0" : HEALTH[i][c].contains(",") ? "#,##0" : "0"));
                    var cell = row.createCell(c);
                    cell.setCellStyle(number);
                    cell.setCellValue(Double.parseDouble(HEALTH[i][c].replace(",", "")));
                }
            }
            sheet.createRow(6 + HEALTH.length).createCell(0).setCellValue("※実績値は各年度末の値です。");
            int[] widths = {NAME_WIDTH, 5, 8, 7, 7, 7, 8};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    /** A Word table without borders: cells top-aligned (Word's default), names wrapping in a narrow column. */
    private static void writeBorderlessDocx(Path target) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("第2節 生涯を通じた健康づくり");
            document.createParagraph().createRun().setText("市民一人ひとりが健康づくりに取り組めるよう、次の指標で進み具合を測ります。");
            document.createParagraph().createRun().setText("【成果指標】");
            XWPFTable table = document.createTable(HEALTH.length + 1, 4);
            widths(table, 2600, 700, 1500, 1500);
            fill(table.getRow(0), "指標名", "単位", "現状値（令和3年度）", "目標値（令和9年度）");
            for (int i = 0; i < HEALTH.length; i++) {
                fill(table.getRow(i + 1), HEALTH[i][0], HEALTH[i][1], HEALTH[i][2], HEALTH[i][6]);
            }
            var borders = table.getCTTbl().getTblPr().isSetTblBorders() ? table.getCTTbl().getTblPr().getTblBorders()
                    : table.getCTTbl().getTblPr().addNewTblBorders();
            for (var border : new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder[] {
                    borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                    borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                    borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                    borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                    borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                    borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
                border.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.NONE);
            }
            document.createParagraph().createRun().setText("これらの指標は毎年度確認し、取組の見直しに生かします。");
            try (OutputStream out = Files.newOutputStream(target)) {
                document.write(out);
            }
        }
    }

    private static void writeXlsx(Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("KPI");
            CellStyle ruled = workbook.createCellStyle();
            ruled.setBorderTop(BorderStyle.THIN);
            ruled.setBorderBottom(BorderStyle.THIN);
            ruled.setBorderLeft(BorderStyle.THIN);
            ruled.setBorderRight(BorderStyle.THIN);
            ruled.setWrapText(true);
            List<String> names = names(12);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"重要業績評価指標(KPI)", "単位", "基準値(令和元年度)", "目標値(令和7年度)"});
            for (int i = 0; i < names.size(); i++) {
                rows.add(new String[] {names.get(i), "人", String.valueOf(100 + i), String.valueOf(200 + i)});
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                row.setHeightInPoints(30); // two lines: POI does not fit rows to wrapped text as Excel does
                for (int c = 0; c < rows.get(r).length; c++) {
                    var cell = row.createCell(c);
                    cell.setCellStyle(ruled);
                    cell.setCellValue(rows.get(r)[c]);
                }
            }
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 6 * 256);
            sheet.setColumnWidth(2, 20 * 256);
            sheet.setColumnWidth(3, 20 * 256);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }
}
