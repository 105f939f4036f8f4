package org.sakuin.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each Kuromoji word by its variant key: its kanji followed by its reading. Spellings of one word that
 * differ in okurigana or in kana for kanji share the key (取組, 取り組み and 取組み are all 取組トリクミ; 空き家 and
 * 空家 空家アキヤ), while homophones written with other kanji keep theirs apart (期間 期間キカン, 機関 機関キカン).
 * The readings are IPADIC's, through Kuromoji; a word it has no reading for keys as written.
 */
final class VariantKeyFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
    private final StringBuilder key = new StringBuilder();

    VariantKeyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String read = reading.getReading();
        if (read == null) {
            return true;
        }
        key.setLength(0);
        for (int i = 0; i < term.length(); i = Character.offsetByCodePoints(term, i, 1)) {
            int c = Character.codePointAt(term, i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                key.appendCodePoint(c);
            }
        }
        key.append(read);
        term.setEmpty().append(key);
        return true;
    }
}
