package org.sakuin.index;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseIterationMarkCharFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Japanese words for the main text fields: NFKC with case folding as a char filter (full/half width,
 * Kangxi radicals, ＤＶ → dv), iteration marks expanded, Kuromoji in search mode (compounds split into their
 * words) with the plan vocabulary of {@code userdict.txt} (協働, not 協/働), base forms, particles and stop words
 * dropped, katakana long vowels stemmed (コンピューター = コンピュータ). Changing the chain means raising
 * {@link AnalysisVersion#VERSION}, or indexes built before go on answering with the old words.
 */
final class JapaneseTextAnalyzer extends Analyzer {

    /** Applied on the query side only: the index keeps the words as written. */
    private final SynonymMap synonyms;

    JapaneseTextAnalyzer() {
        this(null);
    }

    JapaneseTextAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return normalizing(reader);
    }

    /** The characters the words are read from, shared with {@link VariantKeyAnalyzer}. */
    static Reader normalizing(Reader reader) {
        return new EraYearCharFilter(new JapaneseIterationMarkCharFilter(
                new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCCasefoldInstance())));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new JapaneseTokenizer(UserDictionaryFile.bundled().dictionary(), true, true,
                JapaneseTokenizer.Mode.SEARCH);
        TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
        stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
        stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
        stream = new JapaneseKatakanaStemFilter(stream);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
