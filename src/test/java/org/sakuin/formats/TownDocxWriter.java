package org.sakuin.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a town's plan as a Word document the way an office does: A4, heading styles, and ruled tables with
 * fixed column widths (so long names wrap in a narrow column), merged header cells (gridSpan, vMerge) and
 * header rows that Word repeats at the top of each page a table continues onto.
 */
final class TownDocxWriter {

    private static final int A4_WIDTH_TWIPS = 11906;
    private static final int A4_HEIGHT_TWIPS = 16838;
    private static final int MARGIN_TWIPS = 1134; // 20 mm
    private static final int TEXT_WIDTH_TWIPS = A4_WIDTH_TWIPS - 2 * MARGIN_TWIPS;
    private static final int[] HEADING_SIZES_HALF_POINTS = {32, 28, 24};
    /** Japanese offices' default typeface; LibreOffice substitutes a Japanese font it has. */
    private static final String MINCHO = "ＭＳ 明朝";
    /** Japanese Word's default body size. */
    private static final double BODY_SIZE_POINTS = 10.5;

    private TownDocxWriter() {}

    static void write(TownPlan plan, Path target) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            styles.setDefaultFonts(japaneseFonts());
            addHeadingStyles(styles);
            for (TownPlan.Block block : plan.blocks()) {
                switch (block) {
                    case TownPlan.Heading heading -> {
                        XWPFParagraph paragraph = document.createParagraph();
                        paragraph.setStyle("Heading" + heading.level());
                        paragraph.createRun().setText(heading.text());
                    }
                    case TownPlan.Paragraph paragraph -> bodyRun(document.createParagraph()).setText(paragraph.text());
                    case TownPlan.Table table -> addTable(document, table);
                }
            }
            setA4(document.getDocument().getBody().addNewSectPr());
            try (OutputStream out = Files.newOutputStream(target)) {
                document.write(out);
            }
        }
    }

    private static CTFonts japaneseFonts() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(MINCHO);
        fonts.setHAnsi(MINCHO);
        fonts.setEastAsia(MINCHO);
        return fonts;
    }

    // Tika maps a paragraph to <h1>..<h3> by its style's name, and a new POI document declares no styles.
    private static void addHeadingStyles(XWPFStyles styles) {
        for (int level = 1; level <= HEADING_SIZES_HALF_POINTS.length; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setType(STStyleType.PARAGRAPH);
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            style.addNewRPr().addNewB();
            style.getRPr().addNewSz().setVal(BigInteger.valueOf(HEADING_SIZES_HALF_POINTS[level - 1]));
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private static void addTable(XWPFDocument document, TownPlan.Table table) {
        XWPFTable wordTable = document.createTable(table.rows().size(), table.columnCount());
        rule(wordTable);
        wordTable.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        wordTable.setWidth(TEXT_WIDTH_TWIPS);
        CTTblGrid grid = wordTable.getCTTbl().getTblGrid() != null ? wordTable.getCTTbl().getTblGrid()
                : wordTable.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        table.widths().forEach(w -> grid.addNewGridCol().setW(BigInteger.valueOf(twips(w))));
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = wordTable.getRow(r);
            row.setRepeatHeader(r < table.headerRows());
            for (int c = 0; c < table.columnCount(); c++) {
                fillCell(row.getCell(c), table, r, c);
            }
            for (int c = table.columnCount() - 1; c >= 0; c--) { // the cells a gridSpan covers do not exist
                if (table.cell(r, c).equals(TownPlan.Table.JOIN_LEFT)) {
                    row.removeCell(c);
                }
            }
        }
    }

    private static void fillCell(XWPFTableCell cell, TownPlan.Table table, int r, int c) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (table.cell(r, c).equals(TownPlan.Table.JOIN_UP)) {
            properties.addNewVMerge(); // continues the merge started above
            return;
        }
        if (table.covered(r, c)) {
            return;
        }
        int span = table.columnSpan(r, c);
        int width = 0;
        for (int i = c; i < c + span; i++) {
            width += twips(table.widths().get(i));
        }
        properties.addNewTcW().setW(BigInteger.valueOf(width));
        properties.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (table.rowSpan(r, c) > 1) {
            properties.addNewVMerge().setVal(STMerge.RESTART);
        }
        XWPFRun run = bodyRun(cell.getParagraphs().getFirst());
        run.setBold(r < table.headerRows());
        List<String> lines = TownPlan.Table.lines(table.cell(r, c));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i));
        }
    }

    private static XWPFRun bodyRun(XWPFParagraph paragraph) {
        XWPFRun run = paragraph.createRun();
        run.setFontSize(BODY_SIZE_POINTS);
        return run;
    }

    private static void rule(XWPFTable table) {
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(single, 4, 0, "000000");
        table.setBottomBorder(single, 4, 0, "000000");
        table.setLeftBorder(single, 4, 0, "000000");
        table.setRightBorder(single, 4, 0, "000000");
        table.setInsideHBorder(single, 4, 0, "000000");
        table.setInsideVBorder(single, 4, 0, "000000");
    }

    private static int twips(int percent) {
        return TEXT_WIDTH_TWIPS * percent / 100;
    }

    private static void setA4(CTSectPr section) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN_TWIPS);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }
}
