package org.sakuin.layout;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper set up as Tika sets it (content-stream order, duplicate text kept), writing each
 * page's lines with the glyphs they were written from instead of plain text, and the page's rulings (read in
 * the same pass, see {@link PathOperators}). The lines' text is thus the text Tika would give; the glyphs
 * and rulings let tables be rebuilt from where they are printed.
 */
final class PositionStripper extends PDFTextStripper {

    /** Receives each page's lines as the page is finished. */
    interface PageListener {
        void page(int number, PDPage page, List<PdfLine> lines, List<Ruling> rulings) throws IOException;
    }

    private final PageListener listener;
    private final StringBuilder text = new StringBuilder();
    private final List<PdfGlyph> glyphs = new ArrayList<>();
    private List<PdfLine> lines = new ArrayList<>();
    private PathRulings rulings;

    private PositionStripper(PageListener listener) {
        this.listener = listener;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
        PathOperators.register(this, () -> rulings, this::addOperator);
    }

    static void read(PDDocument document, PageListener listener) throws IOException {
        new PositionStripper(listener).writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) {
        lines = new ArrayList<>();
        rulings = new PathRulings(page.getCropBox());
        text.setLength(0);
        glyphs.clear();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        listener.page(getCurrentPageNo(), page, lines, rulings.rulings());
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        text.append(string);
        positions.forEach(position -> glyphs.add(PdfGlyph.of(position)));
    }

    @Override
    protected void writeWordSeparator() {
        text.append(getWordSeparator());
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    @Override
    protected void writeParagraphSeparator() {
        endLine();
    }

    private void endLine() {
        if (!text.toString().isBlank()) {
            lines.add(new PdfLine(text.toString(), glyphs));
        }
        text.setLength(0);
        glyphs.clear();
    }
}
