package org.sakuin.ingest;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes extracted text comparable: Unicode NFKC (full/half width, Kangxi radicals that PDFs emit,
 * parenthesised forms), the radical look-alikes NFKC leaves alone (⻑ → 長), and repair of letter-spaced PDF
 * text ("G I G A スクール" → "GIGAスクール"). Circled numbers (①, ㉑) are kept: they number headings and list
 * items, and NFKC would make 「①特定健診」 the unreadable 「1特定健診」.
 */
final class TextNormalizer {

    /*
     * Two or more single letters separated by single spaces, e.g. "G I G A" or "J R". Digits are left alone:
     * in PDF table rows "3 4" is two cells (baseline and target), not one number. A run of Latin letters ends
     * only at another Latin letter or digit, so kana or kanji may touch it: "I C TやA I" → "ICTやAI".
     */
    private static final Pattern LETTER_SPACED = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}])\\p{IsLatin}(?: \\p{IsLatin}(?![\\p{IsLatin}\\p{N}]))+"
                    + "|(?<![\\p{L}\\p{N}])\\p{L}(?: \\p{L}(?![\\p{L}\\p{N}]))+");
    /*
     * CJK Radicals Supplement characters that PDFs emit for the ideograph sharing their glyph (fonts map both
     * to one glyph). Unlike the Kangxi radicals (⼤ U+2F24) they have no NFKC decomposition.
     */
    private static final Map<Character, Character> RADICAL_LOOKALIKES = Map.ofEntries(
            Map.entry('⺠', '民'), Map.entry('⻄', '西'), Map.entry('⻆', '角'),
            Map.entry('⻑', '長'), Map.entry('⻘', '青'), Map.entry('⻝', '食'), Map.entry('⻤', '鬼'),
            Map.entry('⻩', '黄'), Map.entry('⻫', '斉'), Map.entry('⻭', '歯'), Map.entry('⻯', '竜'),
            Map.entry('⻲', '亀'));
    /** ①–⑳ and ㉑–㊿. */
    private static final Pattern CIRCLED_NUMBER = Pattern.compile("[\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF]");
    private static final Pattern SPACE_BEFORE_CJK = Pattern.compile("^ (?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u3000]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]|[\\uFEFF\\u200B]");

    /**
     * The longest line the later stages see. Paragraphs run to a few hundred characters; a file of one line of 50 MB
     * became one passage, and the indicator patterns, which try every name length at every character, took minutes.
     */
    static final int MAX_LINE = 2_000;
    /** Where a long line is best broken: after a sentence, else after a comma or a space. */
    private static final String SENTENCE_ENDS = "。．.！？!?";
    private static final String CLAUSE_ENDS = "、，, 　\t";

    private TextNormalizer() {
    }

    /** The text with every line longer than {@link #MAX_LINE} broken where a sentence or a clause ends. */
    static String breakLongLines(CharSequence text) {
        StringBuilder broken = new StringBuilder(text.length());
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                breakLine(text, lineStart, i, broken);
                if (i < text.length()) {
                    broken.append('\n');
                }
                lineStart = i + 1;
            }
        }
        return broken.toString();
    }

    private static void breakLine(CharSequence text, int start, int end, StringBuilder broken) {
        while (end - start > MAX_LINE) {
            int cut = lastBreak(text, start + MAX_LINE / 2, start + MAX_LINE, SENTENCE_ENDS);
            cut = cut > 0 ? cut : lastBreak(text, start + MAX_LINE / 2, start + MAX_LINE, CLAUSE_ENDS);
            cut = cut > 0 ? cut : start + MAX_LINE;
            broken.append(text, start, cut).append('\n');
            start = cut;
        }
        broken.append(text, start, end);
    }

    /** The position after the last break character in [from, to), or 0. */
    private static int lastBreak(CharSequence line, int from, int to, String breaks) {
        for (int i = to - 1; i >= from; i--) {
            if (breaks.indexOf(line.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Normalises one line; tabs (cell boundaries) are kept. */
    static String normalizeLine(String line) {
        String text = nfkcKeepingCircledNumbers(withoutRadicalLookalikes(line));
        text = CONTROL.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ");
        return joinLetterSpacedRuns(text).strip();
    }

    private static String nfkcKeepingCircledNumbers(String line) {
        Matcher circled = CIRCLED_NUMBER.matcher(line);
        if (!circled.find()) {
            return Normalizer.normalize(line, Normalizer.Form.NFKC);
        }
        StringBuilder out = new StringBuilder(line.length());
        int last = 0;
        do {
            out.append(Normalizer.normalize(line.substring(last, circled.start()), Normalizer.Form.NFKC))
                    .append(circled.group());
            last = circled.end();
        } while (circled.find());
        return out.append(Normalizer.normalize(line.substring(last), Normalizer.Form.NFKC)).toString();
    }

    private static String withoutRadicalLookalikes(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u2E80' && c <= '\u2EFF' && RADICAL_LOOKALIKES.containsKey(c)) { // the block, before boxing
                if (out == null) {
                    out = new StringBuilder(line);
                }
                out.setCharAt(i, RADICAL_LOOKALIKES.get(c));
            }
        }
        return out == null ? line : out.toString();
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
