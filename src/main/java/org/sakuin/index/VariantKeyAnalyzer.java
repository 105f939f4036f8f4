package org.sakuin.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a text as {@link VariantKeyFilter variant keys}, for the field where spellings of one word meet:
 * the characters and the Kuromoji of {@link JapaneseTextAnalyzer}, but each word as written (a base form has no
 * reading of its own) and keyed by its kanji and reading. The cluster has no such filter: it is sent the keys
 * {@link #keysOf computed here}, separated by spaces, and splits them on whitespace.
 */
final class VariantKeyAnalyzer extends Analyzer {

    private static final VariantKeyAnalyzer SHARED = new VariantKeyAnalyzer();

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return JapaneseTextAnalyzer.normalizing(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new JapaneseTokenizer(UserDictionaryFile.bundled().dictionary(), true, true,
                JapaneseTokenizer.Mode.SEARCH);
        TokenStream stream = new JapanesePartOfSpeechStopFilter(tokenizer, JapaneseAnalyzer.getDefaultStopTags());
        stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
        stream = new VariantKeyFilter(stream);
        return new TokenStreamComponents(tokenizer, new JapaneseKatakanaStemFilter(stream));
    }

    /** The text's variant keys, space-separated, as the cluster indexes and queries them. */
    static String keysOf(String text) {
        List<String> keys = new ArrayList<>();
        try (TokenStream stream = SHARED.tokenStream(IndexFields.TEXT_VARIANTS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                keys.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return String.join(" ", keys);
    }
}
