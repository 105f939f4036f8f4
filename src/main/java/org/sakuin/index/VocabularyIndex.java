package org.sakuin.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The plans' vocabulary gathered from every plan's record, for completing what a user types ({@link
 * WordSuggester}) and respelling a word that occurs nowhere ({@link WordSpeller}), each a small Lucene index of
 * its own: written once for a set of plans, then only read (safe from many threads at once).
 */
final class VocabularyIndex implements Closeable {

    private static final String SUGGESTER = "suggester";
    private static final String SPELLER = "speller";

    private final WordSuggester suggester;
    private final WordSpeller speller;

    private VocabularyIndex(WordSuggester suggester, WordSpeller speller) {
        this.suggester = suggester;
        this.speller = speller;
    }

    /** Where the two indexes go: a folder beside the plans' index, or memory. */
    interface Directories {
        Directory open(String name) throws IOException;

        static Directories in(Path folder) {
            return name -> FSDirectory.open(folder.resolve(name));
        }

        static Directories inMemory() {
            return name -> new ByteBuffersDirectory();
        }
    }

    /** Writes the words of all plans, merged by kind and spelling (plans counted once each). */
    static VocabularyIndex build(VocabularyTotals totals, Directories directories) throws IOException {
        Map<String, VocabularyWord> words = totals.words();
        WordSuggester suggester = WordSuggester.build(suggestible(words).values(), directories.open(SUGGESTER));
        try {
            return new VocabularyIndex(suggester, WordSpeller.build(bySurface(words).values(),
                    directories.open(SPELLER)));
        } catch (IOException | RuntimeException e) {
            suggester.close();
            throw e;
        }
    }

    /** What {@link #build} wrote into the folder. */
    static VocabularyIndex open(Path folder) throws IOException {
        Directories directories = Directories.in(folder);
        WordSuggester suggester = WordSuggester.open(directories.open(SUGGESTER));
        try {
            return new VocabularyIndex(suggester, WordSpeller.open(directories.open(SPELLER)));
        } catch (IOException | RuntimeException e) {
            suggester.close();
            throw e;
        }
    }

    List<Suggestion> suggest(String typed, int perKind) throws IOException {
        return suggester.suggest(typed, perKind);
    }

    Optional<String> correct(String typed) throws IOException {
        return speller.correct(typed);
    }

    /**
     * Headings and indicator names, and the words used more than once: a compound met once is often two words
     * a PDF's line wrap glued together (目標値 at the end of a table header, 自治会 starting the next row).
     */
    private static Map<String, VocabularyWord> suggestible(Map<String, VocabularyWord> words) {
        Map<String, VocabularyWord> suggestible = new LinkedHashMap<>(words);
        suggestible.values().removeIf(w -> w.kind() == Suggestion.Kind.WORD && w.entry().occurrences() < 2);
        return suggestible;
    }

    /** Kinds folded together, keeping the most used: spelling does not care whether a word is a heading. */
    private static Map<String, VocabularyWord> bySurface(Map<String, VocabularyWord> words) {
        Map<String, VocabularyWord> bySurface = new HashMap<>();
        words.values().forEach(w -> bySurface.merge(w.surface(), w, (a, b) -> a.weight() >= b.weight() ? a : b));
        return bySurface;
    }

    @Override
    public void close() throws IOException {
        try {
            suggester.close();
        } finally {
            speller.close();
        }
    }
}
