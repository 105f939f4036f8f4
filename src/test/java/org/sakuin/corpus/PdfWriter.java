package org.sakuin.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a seed as a paginated A4 PDF with an embedded Japanese font subset, like a plan printed from a
 * word processor: one seed line per printed line (wrapped when too wide), every 節 (section) on a new
 * page, and a page number at the foot of each page.
 */
final class PdfWriter implements PlanWriter {

    private static final Path FONT_FILE = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    private static final float FONT_SIZE = 10.5f;
    private static final float LEADING = 16f;
    private static final int LINES_PER_PAGE = 45;
    private static final float MARGIN_LEFT = 50f;
    private static final float MARGIN_TOP = 56f;
    private static final float TEXT_WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN_LEFT;
    private static final float FOOTER_FONT_SIZE = 9f;
    private static final float FOOTER_BASELINE = 30f;
    private static final String FOOTER_CHARACTERS = "- 0123456789";
    /** Seeds the PDF's /ID, which PDFBox otherwise derives from the current time. */
    private static final long DOCUMENT_ID = 20240401L;

    private static final Pattern SECTION_HEADING = Pattern.compile("第[0-9０-９一二三四五六七八九十]+節\\s.*");
    /** Runs of spaces are how extracted text keeps the columns of a diagram. */
    private static final String COLUMN_GAP = "  ";

    /** A seed line as it will be printed, and whether it opens a 節 (and so a new page). */
    private record PrintLine(String text, boolean startsSection) {}

    @Override
    public void write(String seedText, Path target) throws IOException {
        try (TrueTypeFont ipaex = new TTFParser().parse(new RandomAccessReadBufferedFile(FONT_FILE.toFile()))) {
            CmapLookup glyphs = ipaex.getUnicodeCmapLookup();
            CharFallback fallback = new CharFallback(codePoint -> glyphs.getGlyphId(codePoint) != 0);
            List<PrintLine> lines = printLines(seedText, fallback);
            try (TrueTypeFont printedGlyphs = onlyCharactersOf(ipaex, lines);
                    PDDocument document = new PDDocument()) {
                PDType0Font font = PDType0Font.load(document, printedGlyphs, true);
                List<List<String>> pages = paginate(lines, font);
                for (int i = 0; i < pages.size(); i++) {
                    drawPage(document, font, pages.get(i), i + 1);
                }
                fixMetadata(document);
                document.save(target.toFile());
            }
            fallback.logSubstitutions(target);
        }
    }

    private static List<PrintLine> printLines(String seedText, CharFallback fallback) {
        List<PrintLine> lines = new ArrayList<>();
        for (String seedLine : seedText.lines().toList()) {
            String text = fallback.apply(withoutControlCharacters(seedLine)).stripTrailing();
            if (!text.isBlank()) {
                lines.add(new PrintLine(text, isSectionHeading(seedLine)));
            }
        }
        return lines;
    }

    // The chapter's overview diagram (施策体系) also begins lines with 第N節, but as a column padded with
    // runs of spaces (before trimming); a real section heading stands on its own line.
    private static boolean isSectionHeading(String seedLine) {
        return SECTION_HEADING.matcher(seedLine.strip()).matches() && !seedLine.contains(COLUMN_GAP);
    }

    private static String withoutControlCharacters(String line) {
        return line.replace('\t', ' ').codePoints()
                .filter(codePoint -> !Character.isISOControl(codePoint))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    // PDFBox builds the PDF's ToUnicode map by looking each glyph up in the font's cmap and taking the lowest
    // code point, and IPAex shares glyphs between ideographs and Kangxi radicals (大 U+5927 and ⼤ U+2F24), so
    // text extracted from the PDF would come out as radicals. A font whose cmap holds only the characters
    // actually printed leaves no wrong choice; PDFBox still subsets and tags it as usual when embedding.
    private static TrueTypeFont onlyCharactersOf(TrueTypeFont font, List<PrintLine> lines) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font);
        lines.forEach(line -> line.text().codePoints().forEach(subsetter::add));
        FOOTER_CHARACTERS.codePoints().forEach(subsetter::add);
        ByteArrayOutputStream subset = new ByteArrayOutputStream();
        subsetter.writeToStream(subset);
        return new TTFParser().parse(new RandomAccessReadBuffer(subset.toByteArray()));
    }

    private static List<List<String>> paginate(List<PrintLine> lines, PDType0Font font) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        pages.add(page);
        for (PrintLine line : lines) {
            boolean newPage = line.startsSection() && !page.isEmpty();
            for (String printedLine : wrap(line.text(), font)) {
                if (newPage || page.size() == LINES_PER_PAGE) {
                    page = new ArrayList<>();
                    pages.add(page);
                    newPage = false;
                }
                page.add(printedLine);
            }
        }
        return pages;
    }

    // Japanese text has no spaces to break at, so a line is cut wherever the next character would overflow.
    private static List<String> wrap(String line, PDType0Font font) throws IOException {
        List<String> printedLines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        float currentWidth = 0;
        for (int codePoint : line.codePoints().toArray()) {
            float width = font.getStringWidth(Character.toString(codePoint)) / 1000 * FONT_SIZE;
            if (currentWidth + width > TEXT_WIDTH && !current.isEmpty()) {
                printedLines.add(current.toString());
                current.setLength(0);
                currentWidth = 0;
            }
            current.appendCodePoint(codePoint);
            currentWidth += width;
        }
        printedLines.add(current.toString());
        return printedLines;
    }

    private static void drawPage(PDDocument document, PDType0Font font, List<String> lines, int pageNumber)
            throws IOException {
        PDPage page = new PDPage(PAGE_SIZE);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.setLeading(LEADING);
            content.newLineAtOffset(MARGIN_LEFT, PAGE_SIZE.getHeight() - MARGIN_TOP);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();

            String footer = "- " + pageNumber + " -";
            float footerWidth = font.getStringWidth(footer) / 1000 * FOOTER_FONT_SIZE;
            content.beginText();
            content.setFont(font, FOOTER_FONT_SIZE);
            content.newLineAtOffset((PAGE_SIZE.getWidth() - footerWidth) / 2, FOOTER_BASELINE);
            content.showText(footer);
            content.endText();
        }
    }

    private static void fixMetadata(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(GregorianCalendar.from(CorpusGenerator.FIXED_TIME));
        info.setModificationDate(GregorianCalendar.from(CorpusGenerator.FIXED_TIME));
        document.setDocumentId(DOCUMENT_ID);
    }
}
