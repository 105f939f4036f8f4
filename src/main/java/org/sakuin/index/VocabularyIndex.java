package org.sakuin.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plans' vocabulary gathered from every plan's record, for completing what a user types ({@link
 * WordSuggester}) and respelling a word that occurs nowhere ({@link WordSpeller}). Each is built on first use —
 * a search needs only the speller, the search box only the suggester — and all is rebuilt when the set of plans
 * changes. Not thread-safe: {@link LuceneIndex} serialises its use.
 */
final class VocabularyIndex implements Closeable {

    private final Map<String, VocabularyWord> words;
    private WordSuggester suggester;
    private WordSpeller speller;

    private VocabularyIndex(Map<String, VocabularyWord> words) {
        this.words = words;
    }

    /** The entries of each plan, merged by kind and spelling (plans counted once each). */
    static VocabularyIndex of(List<List<VocabularyEntry>> plans) {
        Map<String, VocabularyWord> words = new LinkedHashMap<>();
        for (List<VocabularyEntry> plan : plans) {
            for (VocabularyEntry entry : plan) {
                words.merge(VocabularyWord.key(entry.kind(), entry.surface()), new VocabularyWord(entry, 1),
                        VocabularyWord::plus);
            }
        }
        return new VocabularyIndex(words);
    }

    List<Suggestion> suggest(String typed, int perKind) throws IOException {
        return suggester().suggest(typed, perKind);
    }

    Optional<String> correct(String typed) throws IOException {
        return speller().correct(typed);
    }

    /** Builds what is not built yet, ahead of its first use. */
    void build() throws IOException {
        suggester();
        speller();
    }

    private WordSuggester suggester() throws IOException {
        if (suggester == null) {
            suggester = new WordSuggester(suggestible());
        }
        return suggester;
    }

    private WordSpeller speller() throws IOException {
        if (speller == null) {
            speller = new WordSpeller(bySurface());
        }
        return speller;
    }

    /**
     * Headings and indicator names, and the words used more than once: a compound met once is often two words
     * a PDF's line wrap glued together (目標値 at the end of a table header, 自治会 starting the next row).
     */
    private Map<String, VocabularyWord> suggestible() {
        Map<String, VocabularyWord> suggestible = new LinkedHashMap<>(words);
        suggestible.values().removeIf(w -> w.kind() == Suggestion.Kind.WORD && w.entry().occurrences() < 2);
        return suggestible;
    }

    /** Kinds folded together, keeping the most used: spelling does not care whether a word is a heading. */
    private Map<String, VocabularyWord> bySurface() {
        Map<String, VocabularyWord> bySurface = new HashMap<>();
        words.values().forEach(w -> bySurface.merge(w.surface(), w, (a, b) -> a.weight() >= b.weight() ? a : b));
        return bySurface;
    }

    @Override
    public void close() throws IOException {
        if (suggester != null) {
            suggester.close();
        }
        if (speller != null) {
            speller.close();
        }
    }
}
