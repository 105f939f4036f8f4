package org.sakuin.qa;

import java.util.ArrayList;
import java.util.List;

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
}
