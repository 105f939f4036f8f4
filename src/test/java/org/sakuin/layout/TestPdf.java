package org.sakuin.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws test PDFs as word processors print them: Japanese text in an embedded font at given positions, and
 * table borders as stroked lines or thin filled rectangles. Coordinates are from the top left of an A4 page.
 * The font holds only the characters printed (see the corpus PdfWriter: IPAex shares glyphs between
 * ideographs and Kangxi radicals, and a full cmap would make the text extract as radicals).
 */
final class TestPdf {

    private static final Path FONT_FILE = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    private static final float SIZE = 10f;
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    private interface Drawing {
        void draw(PDPageContentStream content, PDType0Font font) throws IOException;
    }

    private final List<List<Drawing>> pages = new ArrayList<>();
    private final StringBuilder printed = new StringBuilder();

    TestPdf page() {
        pages.add(new ArrayList<>());
        return this;
    }

    TestPdf text(float x, float top, String text) {
        printed.append(text);
        pages.getLast().add((content, font) -> {
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(x, HEIGHT - top - SIZE);
            content.showText(text);
            content.endText();
        });
        return this;
    }

    /** A stroked line from (x0, y0) to (x1, y1). */
    TestPdf line(float x0, float y0, float x1, float y1) {
        pages.getLast().add((content, font) -> {
            content.setLineWidth(0.5f);
            content.moveTo(x0, HEIGHT - y0);
            content.lineTo(x1, HEIGHT - y1);
            content.stroke();
        });
        return this;
    }

    /** A border drawn as LibreOffice does: a thin filled rectangle. */
    TestPdf bar(float x0, float y0, float x1, float y1) {
        float thickness = 0.5f;
        pages.getLast().add((content, font) -> {
            content.addRect(Math.min(x0, x1), HEIGHT - Math.max(y0, y1) - thickness / 2,
                    Math.max(Math.abs(x1 - x0), thickness), Math.max(Math.abs(y1 - y0), thickness));
            content.fill();
        });
        return this;
    }

    /** A fully ruled grid over these column and row edges, cells filled with text (null for none). */
    TestPdf grid(float[] xs, float[] ys, String[][] cells) {
        for (float y : ys) {
            line(xs[0], y, xs[xs.length - 1], y);
        }
        for (float x : xs) {
            line(x, ys[0], x, ys[ys.length - 1]);
        }
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                if (cells[r][c] != null) {
                    text(xs[c] + 3, ys[r] + 3, cells[r][c]);
                }
            }
        }
        return this;
    }

    PdfLayout.Content read() throws IOException {
        try (TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBufferedFile(FONT_FILE.toFile()));
                PDDocument document = new PDDocument()) {
            TTFSubsetter subsetter = new TTFSubsetter(full);
            printed.codePoints().forEach(subsetter::add);
            ByteArrayOutputStream subset = new ByteArrayOutputStream();
            subsetter.writeToStream(subset);
            try (TrueTypeFont onlyPrinted = new TTFParser().parse(new RandomAccessReadBuffer(subset.toByteArray()))) {
                PDType0Font font = PDType0Font.load(document, onlyPrinted, true);
                for (List<Drawing> drawings : pages) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        for (Drawing drawing : drawings) {
                            drawing.draw(content, font);
                        }
                    }
                }
                ByteArrayOutputStream saved = new ByteArrayOutputStream();
                document.save(saved); // the font's subset and its ToUnicode map are written on saving
                try (PDDocument printedDocument = Loader.loadPDF(saved.toByteArray())) {
                    return PdfLayout.read(printedDocument);
                }
            }
        }
    }
}
