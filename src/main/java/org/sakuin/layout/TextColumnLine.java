package org.sakuin.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of layout text with the character column of each word. A column is a character's index in the
 * line: {@code pdftotext -layout} gives every character, full-width ones too, one column (checked on
 * LibreOffice and Word PDFs), and places each word at the column of its x position on the page.
 *
 * @param index the line's index in the document
 * @param page  0-based count of form feeds before the line
 * @param words the runs of non-space characters, in order
 */
record TextColumnLine(int index, int page, String text, List<Word> words) {

    /** A run of non-space characters from column {@code start} to {@code end} (exclusive). */
    record Word(int start, int end, String text) {
    }

    static TextColumnLine of(int index, int page, String text) {
        List<Word> words = new ArrayList<>();
        int[] chars = text.codePoints().toArray();
        int start = -1;
        for (int i = 0; i <= chars.length; i++) {
            boolean space = i == chars.length || isSpace(chars[i]);
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                words.add(new Word(start, i, new String(chars, start, i - start)));
                start = -1;
            }
        }
        return new TextColumnLine(index, page, text, List.copyOf(words));
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t';
    }

    boolean isBlank() {
        return words.isEmpty();
    }

    int start() {
        return words.getFirst().start();
    }

    int end() {
        return words.getLast().end();
    }

    /**
     * The line's segments: words apart by two spaces or more, or by one space before a figure that follows a
     * figure or its unit ("2,000 3,500", "8,240 人 9,000 人"), since tight number columns are printed one space
     * apart. Each segment is its words.
     */
    List<List<Word>> segments() {
        List<List<Word>> segments = new ArrayList<>();
        for (Word word : words) {
            Word previous = segments.isEmpty() ? null : segments.getLast().getLast();
            boolean apart = previous == null || word.start() - previous.end() >= 2
                    || TextColumnCells.isFigure(word.text())
                    && (TextColumnCells.isFigure(previous.text()) || TextColumnCells.isUnit(previous.text()));
            if (apart) {
                segments.add(new ArrayList<>());
            }
            segments.getLast().add(word);
        }
        return segments;
    }

    /** A line of two segments or more: it may be a table row. */
    boolean isAnchor() {
        return segments().size() >= 2;
    }
}
