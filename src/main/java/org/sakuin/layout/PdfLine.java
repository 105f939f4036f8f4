package org.sakuin.layout;

import java.util.List;

/** One line of text as PDFBox's text stripper wrote it, with the glyphs it was written from. */
record PdfLine(String text, List<PdfGlyph> glyphs) {

    PdfLine {
        glyphs = List.copyOf(glyphs);
    }
}
