package org.sakuin.layout;

import org.apache.pdfbox.text.TextPosition;

/**
 * One printed character with its box, in page space with the origin at the top left (y grows downwards),
 * the frame PDFBox gives {@link TextPosition}s and {@link PathRulings} gives ruling lines.
 */
record PdfGlyph(String text, float left, float top, float width, float height) {

    static PdfGlyph of(TextPosition position) {
        float height = Math.max(position.getHeightDir(), 1f);
        return new PdfGlyph(position.getUnicode(), position.getXDirAdj(), position.getYDirAdj() - height,
                position.getWidthDirAdj(), height);
    }

    float right() {
        return left + width;
    }

    float bottom() {
        return top + height;
    }

    float centerX() {
        return left + width / 2;
    }

    float centerY() {
        return top + height / 2;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
