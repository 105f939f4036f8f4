package org.sakuin.index;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * Text as Sakuin's analyzers see it before tokenising: NFKC with case folding (ＤＶ → dv, Kangxi radicals) and every
 * era or Western year as its fiscal year. A cluster without ICU is sent text normalised here, so that both backends
 * tokenise the very same characters.
 */
final class NormalizedText {

    private NormalizedText() {
    }

    static Reader normalizing(Reader text) {
        return new EraYearCharFilter(new ICUNormalizer2CharFilter(text, Normalizer2.getNFKCCasefoldInstance()));
    }

    static String of(String text) {
        try (Reader reader = normalizing(new StringReader(text))) {
            StringBuilder out = new StringBuilder(text.length());
            char[] chunk = new char[4096];
            for (int n; (n = reader.read(chunk)) > 0; ) {
                out.append(chunk, 0, n);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }
}
