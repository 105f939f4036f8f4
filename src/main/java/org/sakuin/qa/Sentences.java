package org.sakuin.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Splits passage text into sentences and table rows: at 。 and at line breaks. */
final class Sentences {

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String sentence : line.split("(?<=。)")) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    /** How many of the words the sentence contains. */
    static int overlap(String sentence, List<String> words) {
        return (int) words.stream().filter(sentence::contains).count();
    }

    /**
     * Of several spans in one sentence, the one written nearest to a word of the question: in 「2030年度を中期目標
     * 年度、2050年度を長期目標年度とする」 the 長期目標年度 is 2050年度.
     */
    static Optional<String> nearest(List<String> found, String sentence, List<String> words) {
        return found.stream().min(Comparator.comparingInt(span -> distance(sentence, span, words)));
    }

    private static int distance(String sentence, String span, List<String> words) {
        int at = sentence.indexOf(span);
        int best = Integer.MAX_VALUE;
        for (String word : words) {
            for (int w = sentence.indexOf(word); w >= 0; w = sentence.indexOf(word, w + 1)) {
                int gap = w >= at + span.length() ? w - at - span.length() : w + word.length() <= at ? at - w - word.length()
                        : 0;
                best = Math.min(best, gap);
            }
        }
        return best;
    }
}
