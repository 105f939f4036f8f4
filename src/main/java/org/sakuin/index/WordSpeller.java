package org.sakuin.index;

import java.io.Closeable;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The known word most likely meant by one that occurs nowhere. Each word is kept in a small index of its own (on
 * disk beside the plans' index) by spelling and by reading, where Lucene's {@link DirectSpellChecker} finds those within two edits: IME mistakes
 * keep the reading (自治界, 高令者), unconverted kana is the reading (じちかい), and typos keep most of the
 * spelling (子育て指援).
 */
final class WordSpeller implements Closeable {

    private static final String SURFACE = "surface";
    private static final String READING = "reading";
    private static final String WEIGHT = "weight";
    /** How alike a word is to a reading it begins with (ちいきおこし → 地域おこし協力隊), against 1 for the same reading. */
    private static final float PREFIX_SIMILARITY = 0.8f;
    private static final int MIN_PREFIX_READING = 3;
    private static final int CANDIDATES = 10;
    private static final int EDIT_PER_CHARACTERS = 4;
    private static final float SPELLING_TIE_BREAK = 0.1f;
    /** Longer is a phrase, not a misspelt word. */
    private static final int MAX_WORD = 40;

    private final Directory directory;
    private final DirectoryReader spelling;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();
    private final LevenshteinDistance distance = new LevenshteinDistance();

    private WordSpeller(Directory directory) throws IOException {
        this.directory = directory;
        this.spelling = DirectoryReader.open(directory);
        spellChecker.setMinPrefix(0);
        spellChecker.setMinQueryLength(2);
        spellChecker.setAccuracy(0.5f);
    }

    /**
     * Enters the words into the directory, which the speller owns from then on.
     *
     * @param bySurface one word per spelling, whatever its kind
     */
    static WordSpeller build(Collection<VocabularyWord> bySurface, Directory directory) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (VocabularyWord word : bySurface) {
                Document doc = new Document();
                doc.add(new StringField(SURFACE, word.surface(), Field.Store.YES));
                doc.add(new StringField(READING, word.entry().joinedReading(), Field.Store.NO));
                doc.add(new NumericDocValuesField(WEIGHT, word.weight()));
                doc.add(new StoredField(WEIGHT, word.weight()));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        return new WordSpeller(directory);
    }

    /** The words {@link #build} entered into the directory. */
    static WordSpeller open(Directory directory) throws IOException {
        return new WordSpeller(directory);
    }

    /**
     * The known word most like the one typed: the same reading (じちかい, 自治界 → 自治会), a reading or spelling
     * an edit per four characters off (子育て指援 → 子育て支援), or a reading it begins; spelling breaks ties
     * (協動 → 協働 rather than 共同), then use. Empty when the word is known or none is close.
     */
    Optional<String> correct(String typed) throws IOException {
        String surface = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (surface.length() < 2 || surface.length() > MAX_WORD || spelling.docFreq(new Term(SURFACE, surface)) > 0) {
            return Optional.empty();
        }
        IndexSearcher searcher = new IndexSearcher(spelling);
        Map<String, Float> byReading = byReading(searcher, ReadingTokenizer.readingOf(surface));
        Set<String> candidates = new HashSet<>(byReading.keySet());
        similar(SURFACE, surface).stream().filter(c -> closeEnough(surface, c)).forEach(candidates::add);
        candidates.remove(surface);
        Map<String, Long> weights = new HashMap<>();
        for (String candidate : candidates) {
            weights.put(candidate, weight(searcher, candidate));
        }
        return candidates.stream()
                .max(Comparator.<String>comparingDouble(c -> Math.max(byReading.getOrDefault(c, 0f),
                                similarity(surface, c)) + SPELLING_TIE_BREAK * similarity(surface, c))
                        .thenComparingLong(weights::get));
    }

    private static long weight(IndexSearcher searcher, String surface) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(SURFACE, surface)), 1);
        return searcher.storedFields().document(top.scoreDocs[0].doc).getField(WEIGHT).numericValue().longValue();
    }

    /** Words read like the reading, or beginning with it, and how alike their readings are. */
    private Map<String, Float> byReading(IndexSearcher searcher, String reading) throws IOException {
        Map<String, Float> found = new HashMap<>();
        for (String similar : similar(READING, reading)) {
            if (closeEnough(reading, similar)) {
                for (String candidate : surfaces(searcher, new TermQuery(new Term(READING, similar)))) {
                    found.merge(candidate, similarity(reading, similar), Math::max);
                }
            }
        }
        if (reading.length() >= MIN_PREFIX_READING) {
            for (String candidate : surfaces(searcher, new PrefixQuery(new Term(READING, reading)))) {
                found.merge(candidate, PREFIX_SIMILARITY, Math::max);
            }
        }
        return found;
    }

    /** The surfaces of the words a query finds, most used first. */
    private static List<String> surfaces(IndexSearcher searcher, Query query) throws IOException {
        List<String> surfaces = new ArrayList<>();
        Sort byUse = new Sort(new SortField(WEIGHT, SortField.Type.LONG, true));
        for (ScoreDoc hit : searcher.search(query, CANDIDATES, byUse).scoreDocs) {
            surfaces.add(searcher.storedFields().document(hit.doc).get(SURFACE));
        }
        return surfaces;
    }

    /** The value itself when indexed, and the indexed values within two edits of it. */
    private List<String> similar(String field, String value) throws IOException {
        List<String> values = new ArrayList<>();
        if (spelling.docFreq(new Term(field, value)) > 0) {
            values.add(value);
        }
        for (SuggestWord word : spellChecker.suggestSimilar(new Term(field, value), CANDIDATES, spelling)) {
            values.add(word.string);
        }
        return values;
    }

    /**
     * At most one edit per four characters of what was typed, and one at least, but none in a word of two: a
     * changed half is another word (育休 is no 育成, イクキュウ no イジュウ).
     */
    private boolean closeEnough(String typed, String known) {
        int edits = Math.round((1 - similarity(typed, known)) * Math.max(typed.length(), known.length()));
        return typed.length() > 2 && edits <= Math.max(1, typed.length() / EDIT_PER_CHARACTERS);
    }

    private float similarity(String a, String b) {
        return a.equals(b) ? 1f : distance.getDistance(a, b);
    }

    @Override
    public void close() throws IOException {
        spelling.close();
        directory.close();
    }
}
