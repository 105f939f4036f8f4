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
