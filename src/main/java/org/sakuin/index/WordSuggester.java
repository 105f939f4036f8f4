package org.sakuin.index;

import com.ibm.icu.text.Normalizer2;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Completions of what a user types, from Lucene's {@link AnalyzingInfixSuggester} in a directory of its own
 * (on disk beside the index, so nothing is held on the heap per word). Each word is
 * entered as its spelling in CJK bigrams, so that any part of it matches (加入 → 自治会加入率), and its reading in
 * romaji from the start of each of its words, so that kana typed so far matches from a word start (じちかい →
 * 自治会; いじゅう reaches 移住 but not 定住, whose reading merely contains イジュウ).
 */
final class WordSuggester implements Closeable {

    private static final List<Suggestion.Kind> MOST_SPECIFIC_FIRST = List.of(Suggestion.Kind.INDICATOR,
            Suggestion.Kind.MEASURE, Suggestion.Kind.WORD);

    private final AnalyzingInfixSuggester suggester;
    private final boolean empty;

    private WordSuggester(AnalyzingInfixSuggester suggester) throws IOException {
        this.suggester = suggester;
        this.empty = suggester.getCount() == 0;
    }

    /** Enters the words into the directory, which the suggester owns from then on. */
    static WordSuggester build(Collection<VocabularyWord> words, Directory directory) throws IOException {
        AnalyzingInfixSuggester suggester = suggester(directory);
        suggester.build(new Entries(words.iterator()));
        return new WordSuggester(suggester);
    }

    /** The words {@link #build} entered into the directory. */
    static WordSuggester open(Directory directory) throws IOException {
        return new WordSuggester(suggester(directory));
    }

    private static AnalyzingInfixSuggester suggester(Directory directory) throws IOException {
        return new AnalyzingInfixSuggester(directory, new SuggestAnalyzer(), new SuggestAnalyzer(),
                AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS, true, true, false);
    }

    /**
     * Up to {@code perKind} of each kind (words, then measures, then indicators), each kind most used first. A
     * text of two kinds is offered as the more specific (an indicator before a word); the text typed itself is
     * not offered back.
     */
    List<Suggestion> suggest(String typed, int perKind) throws IOException {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (text.isEmpty() || empty) {
            return List.of();
        }
        String key = ReadingTokenizer.isKana(text) ? ReadingTokenizer.romaji(text) : text;
        Map<String, Suggestion> offered = new LinkedHashMap<>();
        for (Suggestion.Kind kind : MOST_SPECIFIC_FIRST) {
            int count = 0;
            for (Lookup.LookupResult result : suggester.lookup(key, Set.of(contextOf(kind)), perKind * 2 + 1, true,
                    false)) {
                String[] payload = result.payload.utf8ToString().split("\t", 2);
                String surface = payload[1];
                if (count < perKind && !surface.equals(text) && !offered.containsKey(surface)) {
                    offered.put(surface, new Suggestion(surface, kind, Integer.parseInt(payload[0])));
                    count++;
                }
            }
        }
        return offered.values().stream().sorted(Comparator.comparing(Suggestion::kind)).toList();
    }

    private static BytesRef contextOf(Suggestion.Kind kind) {
        return new BytesRef(kind.name());
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }

    /** NFKC, then CJK bigrams; Latin words (the romaji) stay whole. The suggester makes the last token a prefix. */
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

    /**
     * The words as the suggester reads them: spelling and romaji as text, the number of plans and the spelling as
     * payload, the kind as context.
     */
    private static final class Entries implements InputIterator {

        private final Iterator<VocabularyWord> words;
        private VocabularyWord current;

        Entries(Iterator<VocabularyWord> words) {
            this.words = words;
        }

        @Override
        public BytesRef next() {
            if (!words.hasNext()) {
                return null;
            }
            current = words.next();
            return new BytesRef(current.surface() + " " + String.join(" ", current.entry().romajiFromEachWord()));
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return new BytesRef((current.plans() + "\t" + current.surface()).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return Set.of(contextOf(current.kind()));
        }

        @Override
        public boolean hasContexts() {
            return true;
        }
    }
}
