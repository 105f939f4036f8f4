package org.sakuin.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes glyphs that share a box (a table cell, the part of a line outside a table) as text: glyphs on one
 * baseline left to right, a space where they stand apart, and lines joined the way a reader joins a wrapped
 * Japanese cell: without a space, unless both sides are Latin letters or digits (a wrapped English phrase).
 */
final class GlyphText {

    /** A gap wider than this share of the glyph height is a space between words. */
    private static final float WORD_GAP = 0.3f;

    private GlyphText() {
    }

    static String of(List<PdfGlyph> glyphs) {
        StringBuilder text = new StringBuilder();
        for (List<PdfGlyph> line : lines(glyphs)) {
            String written = lineText(line);
            if (written.isEmpty()) {
                continue;
            }
            if (!text.isEmpty() && isLatin(text.charAt(text.length() - 1)) && isLatin(written.charAt(0))) {
                text.append(' ');
            }
            text.append(written);
        }
        return text.toString();
    }

    /** The glyphs grouped into printed lines, top to bottom, each left to right. */
    static List<List<PdfGlyph>> lines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> byTop = new ArrayList<>(glyphs);
        byTop.sort(Comparator.comparingDouble(PdfGlyph::centerY));
        List<List<PdfGlyph>> lines = new ArrayList<>();
        List<PdfGlyph> line = new ArrayList<>();
        float lineBottom = Float.NEGATIVE_INFINITY;
        for (PdfGlyph glyph : byTop) {
            if (!line.isEmpty() && glyph.centerY() > lineBottom) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                lineBottom = glyph.bottom();
            }
            line.add(glyph);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(PdfGlyph::left)));
        return lines;
    }

    private static String lineText(List<PdfGlyph> line) {
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        for (PdfGlyph glyph : line) {
            if (previous != null && glyph.left() - previous.right() > WORD_GAP * glyph.height()) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString().strip();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
