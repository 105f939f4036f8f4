package org.sakuin.index;

/** A word, heading or indicator name across all plans: how many plans use it, and how often all of them do. */
record VocabularyWord(VocabularyEntry entry, int plans) {

    /** Plans first, occurrences to order words of as many plans. */
    long weight() {
        return plans * 1000L + Math.min(entry.occurrences(), 999);
    }

    String surface() {
        return entry.surface();
    }

    Suggestion.Kind kind() {
        return entry.kind();
    }

    VocabularyWord plus(VocabularyWord other) {
        return new VocabularyWord(entry.plus(other.entry.occurrences()), plans + other.plans);
    }

    /** The word without what another plan contributed: its plan and its occurrences there. */
    VocabularyWord minus(VocabularyWord other) {
        return new VocabularyWord(entry.plus(-other.entry.occurrences()), plans - other.plans);
    }

    /** One key per kind and spelling: 自治会 the word and 自治会 the heading are two. */
    static String key(Suggestion.Kind kind, String surface) {
        return kind + "\t" + surface;
    }
}
