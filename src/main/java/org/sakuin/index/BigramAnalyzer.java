package org.sakuin.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping CJK bigrams, for recall on words the dictionary splits badly (定住自立圏 → 定住 住自 自立 立圏).
 * The index side also keeps single characters, so that a one-character query still matches.
 */
final class BigramAnalyzer extends Analyzer {

    private final boolean unigrams;

    private BigramAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    static BigramAnalyzer forIndex() {
        return new BigramAnalyzer(true);
    }

    static BigramAnalyzer forQuery() {
        return new BigramAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return NormalizedText.normalizing(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN
                | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams));
    }
}
