package org.sakuin.index;

import com.ibm.icu.text.Normalizer2;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
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
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The plans' vocabulary gathered from every plan's record: completions of what a user types (matched on the
 * spelling or the reading, anywhere in the word: 自治, じちかい and 加入 all reach 自治会加入率), and the
 * likeliest intended word for one that occurs nowhere (自治界, じちかい → 自治会). Held in memory and rebuilt when
 * the set of plans changes; not thread-safe ({@link LuceneIndex} serialises its use).
 */
final class VocabularyIndex implements Closeable {

    /** One entry across all plans: how many plans use it, and how often all of them do. */
    private record Word(VocabularyEntry entry, int plans) {

        long weight() {
            return plans * 1000L + Math.min(entry.occurrences(), 999);
        }

        String surface() {
            return entry.surface();
        }

        Word plus(Word other) {
            return new Word(entry.plus(other.entry), plans + other.plans);
        }

        /**
         * The spelling, then the reading in romaji from each word on (自治会加入率 jichikaikanyuuritsu
         * kaikanyuuritsu kanyuuritsu ritsu): kana typed so far is a prefix of one of them.
         */
        String suggesterText() {
            return entry.surface() + " " + String.join(" ", entry.romajiFromEachWord());
        }
    }

    private static final String SURFACE = "surface";
    private static final String READING = "reading";
    private static final String WEIGHT = "weight";
    /** How alike a word is to the reading typed so far when its reading begins with it (ちいきおこし → 地域おこし協力隊). */
    private static final float PREFIX_SIMILARITY = 0.8f;
    private static final int MIN_PREFIX_READING = 3;
    private static final int CANDIDATES = 10;
    private static final List<Suggestion.Kind> MOST_SPECIFIC_FIRST = List.of(Suggestion.Kind.INDICATOR,
            Suggestion.Kind.MEASURE, Suggestion.Kind.WORD);
    private static final int EDIT_PER_CHARACTERS = 4;
    private static final float SPELLING_TIE_BREAK = 0.1f;

    private final Map<String, Word> words;
    private final Map<String, Word> bySurface;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();
    private final LevenshteinDistance distance = new LevenshteinDistance();
    /** Each built on first use: a search needs only the spelling, the search box only the suggester. */
    private AnalyzingInfixSuggester suggester;
    private DirectoryReader spelling;

    private VocabularyIndex(Map<String, Word> words) {
        this.words = words;
        this.bySurface = bySurfaceOnly(words);
        spellChecker.setMinPrefix(0);
        spellChecker.setMinQueryLength(2);
        spellChecker.setAccuracy(0.5f);
    }

    static VocabularyIndex of(List<List<VocabularyEntry>> plans) {
        return new VocabularyIndex(merge(plans));
    }

    private AnalyzingInfixSuggester suggester() throws IOException {
        if (suggester == null) {
            suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), new SuggestAnalyzer(),
                    new SuggestAnalyzer(), AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS, false, true, false);
            suggester.build(new Entries(words.values().iterator()));
        }
        return suggester;
    }

    private DirectoryReader spelling() throws IOException {
        if (spelling == null) {
            spelling = spellingIndex(bySurface.values());
        }
        return spelling;
    }

    /** Per kind and surface, summed over the plans (plans counted once each). */
    private static Map<String, Word> merge(List<List<VocabularyEntry>> plans) {
        Map<String, Word> words = new LinkedHashMap<>();
        for (List<VocabularyEntry> plan : plans) {
            for (VocabularyEntry e : plan) {
                words.merge(key(e.kind(), e.surface()), new Word(e, 1), Word::plus);
            }
        }
        return words;
    }

    /** Kinds folded together, keeping the most used: spelling does not care whether a word is a heading. */
    private static Map<String, Word> bySurfaceOnly(Map<String, Word> words) {
        Map<String, Word> bySurface = new HashMap<>();
        words.values().forEach(w -> bySurface.merge(w.surface(), w,
                (a, b) -> a.weight() >= b.weight() ? a : b));
        return bySurface;
    }

    private static DirectoryReader spellingIndex(Collection<Word> words) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (Word word : words) {
                Document doc = new Document();
                doc.add(new StringField(SURFACE, word.surface(), Field.Store.YES));
                doc.add(new StringField(READING, word.entry().joinedReading(), Field.Store.NO));
                doc.add(new NumericDocValuesField(WEIGHT, word.weight()));
                writer.addDocument(doc);
            }
        }
        return DirectoryReader.open(directory);
    }

    /**
     * Completions, up to {@code perKind} of each kind (words, then measures, then indicators), each kind most
     * used first. A text of two kinds is offered as the more specific (an indicator before a word); the text
     * typed itself is not offered back.
     */
    List<Suggestion> suggest(String typed, int perKind) throws IOException {
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (text.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        String key = ReadingTokenizer.isKana(text) ? ReadingTokenizer.romaji(text) : text;
        Map<String, Suggestion> offered = new LinkedHashMap<>();
        for (Suggestion.Kind kind : MOST_SPECIFIC_FIRST) {
            int count = 0;
            for (Lookup.LookupResult result : suggester().lookup(key, Set.of(contextOf(kind)), perKind * 2 + 1, true,
                    false)) {
                String surface = result.payload.utf8ToString();
                if (count < perKind && !surface.equals(text) && !offered.containsKey(surface)) {
                    offered.put(surface, new Suggestion(surface, kind, words.get(key(kind, surface)).plans()));
                    count++;
                }
            }
        }
        return offered.values().stream().sorted(Comparator.comparing(Suggestion::kind)).toList();
    }

    /**
     * The known word most like one that occurs nowhere: the same reading (じちかい, 自治界 → 自治会), a reading
     * or spelling an edit per four characters off (子育て指援 → 子育て支援), or a reading it begins; spelling
     * breaks ties (協動 → 協働 rather than 共同), then use. Empty when none is close.
     */
    Optional<String> correct(String typed) throws IOException {
        String surface = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (surface.length() < 2 || bySurface.containsKey(surface)) {
            return Optional.empty();
        }
        String reading = ReadingTokenizer.readingOf(surface);
        Map<String, Float> byReading = new HashMap<>();
        IndexSearcher searcher = new IndexSearcher(spelling());
        for (String similar : similar(READING, reading)) {
            if (closeEnough(reading, similar)) {
                for (String candidate : surfaces(searcher, new TermQuery(new Term(READING, similar)))) {
                    byReading.merge(candidate, similarity(reading, similar), Math::max);
                }
            }
        }
        if (reading.length() >= MIN_PREFIX_READING) {
            for (String candidate : surfaces(searcher, new PrefixQuery(new Term(READING, reading)))) {
                byReading.merge(candidate, PREFIX_SIMILARITY, Math::max);
            }
        }
        Set<String> candidates = new HashSet<>(byReading.keySet());
        similar(SURFACE, surface).stream().filter(c -> closeEnough(surface, c)).forEach(candidates::add);
        candidates.remove(surface);
        return candidates.stream()
                .max(Comparator.<String>comparingDouble(c -> Math.max(byReading.getOrDefault(c, 0f),
                                similarity(surface, c)) + SPELLING_TIE_BREAK * similarity(surface, c))
                        .thenComparingLong(c -> bySurface.get(c).weight()));
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
        if (spelling().docFreq(new Term(field, value)) > 0) {
            values.add(value);
        }
        for (SuggestWord word : spellChecker.suggestSimilar(new Term(field, value), CANDIDATES, spelling())) {
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

    private static String key(Suggestion.Kind kind, String surface) {
        return kind + "\t" + surface;
    }

    private static BytesRef contextOf(Suggestion.Kind kind) {
        return new BytesRef(kind.name());
    }

    @Override
    public void close() throws IOException {
        if (suggester != null) {
            suggester.close();
        }
        if (spelling != null) {
            spelling.close();
        }
    }

    /**
     * Bigrams of the spelling, so that any part of it matches, and romaji readings as whole words, so that kana
     * matches from the start of a word; the last token typed is a prefix.
     */
    private static final class SuggestAnalyzer extends Analyzer {

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCCasefoldInstance());
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN
                    | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false));
        }
    }

    /** The words as the suggester reads them: spelling and reading as text, the spelling as payload. */
    private static final class Entries implements InputIterator {

        private final Iterator<Word> words;
        private Word current;

        Entries(Iterator<Word> words) {
            this.words = words;
        }

        @Override
        public BytesRef next() {
            if (!words.hasNext()) {
                return null;
            }
            current = words.next();
            return new BytesRef(current.suggesterText());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.surface().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return Set.of(contextOf(current.entry().kind()));
        }

        @Override
        public boolean hasContexts() {
            return true;
        }
    }
}
