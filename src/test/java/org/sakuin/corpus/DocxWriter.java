package org.sakuin.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Writes a seed as a Word document with real heading styles and real tables, as a town's office would. */
final class DocxWriter implements PlanWriter {

    private static final int[] HEADING_SIZES_HALF_POINTS = {32, 28, 24};
    private static final String BULLET = "・";
    private static final String BULLET_LIKE = "・●○◎■□◆◇▼▽※";

    private final SeedDocument.HeadingRule headingRule;

    DocxWriter(SeedDocument.HeadingRule headingRule) {
        this.headingRule = headingRule;
    }

    @Override
    public void write(String seedText, Path target) throws IOException {
        ByteArrayOutputStream packaged = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            addHeadingStyles(document.createStyles());
            for (SeedDocument.Block block : SeedDocument.parse(seedText, headingRule).blocks()) {
                switch (block) {
                    case SeedDocument.Heading heading -> addHeading(document, heading);
                    case SeedDocument.Paragraph paragraph -> addParagraph(document, paragraph.text());
                    case SeedDocument.BulletItem item -> addParagraph(document, bulleted(item.text()));
                    case SeedDocument.Table table -> addTable(document, table);
                }
            }
            fixDates(document.getProperties().getCoreProperties());
            document.write(packaged);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            repackWithFixedEntryTimes(packaged.toByteArray(), out);
        }
    }

    // Tika maps a paragraph to <h1>..<h3> by the *name* of its style ("heading 1"), and a new POI document
    // has no styles at all, so the built-in Word heading styles are declared here.
    private static void addHeadingStyles(XWPFStyles styles) {
        for (int level = 1; level <= HEADING_SIZES_HALF_POINTS.length; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setType(STStyleType.PARAGRAPH);
            style.setStyleId(headingStyleId(level));
            style.addNewName().setVal("heading " + level);
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr runProperties = style.addNewRPr();
            runProperties.addNewB();
            runProperties.addNewSz().setVal(BigInteger.valueOf(HEADING_SIZES_HALF_POINTS[level - 1]));
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private static String headingStyleId(int level) {
        return "Heading" + level;
    }

    private static void addHeading(XWPFDocument document, SeedDocument.Heading heading) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(headingStyleId(heading.level()));
        paragraph.createRun().setText(heading.text());
    }

    private static void addParagraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    // Word documents show bullets as characters, and many seed items already start with one.
    private static String bulleted(String text) {
        return BULLET_LIKE.indexOf(text.charAt(0)) >= 0 ? text : BULLET + text;
    }

    private static void addTable(XWPFDocument document, SeedDocument.Table table) {
        List<List<String>> rows = table.rows();
        XWPFTable wordTable = document.createTable(rows.size(), table.columnCount());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                String text = rows.get(r).get(c);
                if (!text.isEmpty()) {
                    wordTable.getRow(r).getCell(c).setText(text);
                }
            }
        }
    }

    private static void fixDates(POIXMLProperties.CoreProperties core) {
        Date fixed = Date.from(CorpusGenerator.FIXED_TIME.toInstant());
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
    }

    // POI stamps every zip entry with the current time, which alone would make each run's DOCX differ.
    private static void repackWithFixedEntryTimes(byte[] docx, OutputStream target) throws IOException {
        LocalDateTime fixed = LocalDateTime.ofInstant(CorpusGenerator.FIXED_TIME.toInstant(), ZoneOffset.UTC);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(fixed);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
