package org.sakuin.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word, heading or indicator name one plan uses, with its reading and how often it occurs there.
 *
 * @param reading katakana, a space between the readings of its words (ジチ カイ カニュウ リツ)
 * @param romaji  the same in ASCII romaji (jichi kai kanyuu ritsu), worked out at ingest because transliterating
 *                takes longer than everything else in building the suggestions
 */
record VocabularyEntry(Suggestion.Kind kind, String surface, String reading, String romaji, int occurrences) {

    static VocabularyEntry of(Suggestion.Kind kind, String surface, List<String> readings) {
        return new VocabularyEntry(kind, surface, String.join(" ", readings),
                String.join(" ", readings.stream().map(ReadingTokenizer::romaji).toList()), 1);
    }

    VocabularyEntry plus(int more) {
        return new VocabularyEntry(kind, surface, reading, romaji, occurrences + more);
    }

    String joinedReading() {
        return reading.replace(" ", "");
    }

    /** The romaji from each word on (jichikaikanyuuritsu, kaikanyuuritsu, kanyuuritsu, ritsu). */
    List<String> romajiFromEachWord() {
        List<String> words = Arrays.asList(romaji.split(" "));
        List<String> suffixes = new ArrayList<>();
        for (int from = 0; from < words.size(); from++) {
            suffixes.add(String.join("", words.subList(from, words.size())));
        }
        return suffixes;
    }
}
