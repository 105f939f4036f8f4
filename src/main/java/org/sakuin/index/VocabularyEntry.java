package org.sakuin.index;

import java.util.Arrays;
import java.util.List;

/**
 * A word, heading or indicator name one plan uses, with its reading and how often it occurs there.
 *
 * @param reading katakana, a space between the readings of its words (ジチ カイ カニュウ リツ)
 */
record VocabularyEntry(Suggestion.Kind kind, String surface, String reading, int occurrences) {

    List<String> readingWords() {
        return Arrays.asList(reading.split(" "));
    }
}
