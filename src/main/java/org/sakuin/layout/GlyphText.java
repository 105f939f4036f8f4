package org.sakuin.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes glyphs that share a box (a table cell, the part of a line outside a table) as text: glyphs on one
 * baseline left to right, a space where they stand apart, and lines joined the way a reader joins a wrapped
 * Japanese cell: without a space next to Japanese, else with one (152 / (H27), a wrapped English phrase),
 * as Tika joins the paragraphs of a Word cell.
 */
final class GlyphText {

    /**
     * A gap wider than this share of the glyph height is a space between words, except next to Japanese:
     * word processors widen the gap between Japanese and Latin text (第1期) without a space being typed, and
     * a typed space is printed as a glyph of its own.
     */
    private static final float WORD_GAP = 0.3f;

    private GlyphText() {
    }

    static String of(List<PdfGlyph> glyphs) {
        String text = "";
        for (List<PdfGlyph> line : lines(glyphs)) {
            text = joined(text, lineText(line));
        }
        return text;
    }

    /** Two pieces of one cell's text, as a wrapped line is read on. */
    static String joined(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before + after;
        }
        boolean spaced = !endsJapanese(before) && !startsJapanese(after);
        return before + (spaced ? " " : "") + after;
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
            if (previous != null && glyph.left() - previous.right() > WORD_GAP * glyph.height()
                    && !endsJapanese(previous.text()) && !startsJapanese(glyph.text())) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString().strip();
    }

    private static boolean endsJapanese(String text) {
        return !text.isEmpty() && isJapanese(text.charAt(text.length() - 1));
    }

    private static boolean startsJapanese(String text) {
        return !text.isEmpty() && isJapanese(text.charAt(0));
    }

    /** Japanese script or full-width punctuation, which is written without spaces. */
    private static boolean isJapanese(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || c >= '\u3000' && c <= '\u303F'
                || c >= '\uFF00' && c <= '\uFFEF' || c == 'ー';
    }
}
