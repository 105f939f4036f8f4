package org.sakuin.ingest;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes extracted text comparable: Unicode NFKC (full/half width, Kangxi radicals that PDFs emit,
 * circled and parenthesised forms) and repair of letter-spaced PDF text ("G I G A スクール" → "GIGAスクール").
 */
final class TextNormalizer {

    /*
     * Two or more single letters separated by single spaces, e.g. "G I G A" or "J R". Digits are left alone:
     * in PDF table rows "3 4" is two cells (baseline and target), not one number.
     */
    private static final Pattern LETTER_SPACED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?: \\p{L}(?![\\p{L}\\p{N}]))+");
    private static final Pattern SPACE_BEFORE_CJK = Pattern.compile("^ (?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u3000]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]|[\\uFEFF\\u200B]");

    private TextNormalizer() {
    }

    /** Normalises one line; tabs (cell boundaries) are kept. */
    static String normalizeLine(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFKC);
        text = CONTROL.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ");
        return joinLetterSpacedRuns(text).strip();
    }

    private static String joinLetterSpacedRuns(String text) {
        Matcher m = LETTER_SPACED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(m.group().replace(" ", ""));
            last = m.end();
            // "J R 留萌駅": the spaced letters belong to the word that follows them
            Matcher next = SPACE_BEFORE_CJK.matcher(text.substring(last));
            if (next.find()) {
                last += next.end();
            }
        }
        return out.append(text, last, text.length()).toString();
    }
}
