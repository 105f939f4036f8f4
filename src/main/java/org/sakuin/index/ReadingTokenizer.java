package org.sakuin.index;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Kuromoji in normal mode (compounds stay whole) with the plan vocabulary of {@code userdict.txt}, giving each
 * word its katakana reading and part of speech:
 * what lets a user who types じちかい, or picks the wrong kanji, still reach 自治会.
 */
final class ReadingTokenizer {

    /**
     * A word as written (NFKC), its reading in katakana, its part of speech (名詞-一般 …), and what the tokenizer
     * dropped between it and the word before (punctuation, spaces, line breaks; empty when they touch).
     */
    record Token(String surface, String reading, String partOfSpeech, String before) {
    }

    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー\\s]+");
    private static final Pattern NON_LETTER = Pattern.compile("[^a-z0-9]");
    private static final ThreadLocal<Transliterator> TO_ROMAJI = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Hiragana-Katakana; Katakana-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> TO_KATAKANA =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hiragana-Katakana"));
    private static final ThreadLocal<JapaneseTokenizer> TOKENIZER = ThreadLocal.withInitial(() ->
            new JapaneseTokenizer(UserDictionaryFile.bundled().dictionary(), true, true, JapaneseTokenizer.Mode.NORMAL));
    /**
     * Transliterating was most of the time an ingest spent on a plan's vocabulary, and the readings of words repeat
     * in every plan (シセツ, スイシン): each is transliterated once, up to a bound that keeps the cache small.
     */
    private static final Map<String, String> ROMAJI = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_ROMAJI = 100_000;

    private ReadingTokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        // a tokenizer is reused after close(): a new one per text allocated its lattice each time
        JapaneseTokenizer tokenizer = TOKENIZER.get();
        try (tokenizer) {
            String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
            tokenizer.setReader(new StringReader(normalized));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.reset();
            int previousEnd = 0;
            while (tokenizer.incrementToken()) {
                String surface = term.toString();
                String read = reading.getReading() != null ? reading.getReading() : toKatakana(surface);
                tokens.add(new Token(surface, read, pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech(),
                        normalized.substring(previousEnd, offset.startOffset())));
                previousEnd = offset.endOffset();
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The text read in katakana, word by word; words without a dictionary reading (ワーケーション, DX) as written. */
    static List<String> readingsOf(String text) {
        return tokenize(text).stream().map(Token::reading).toList();
    }

    static String readingOf(String text) {
        return String.join("", readingsOf(text));
    }

    /**
     * Kana as plain ASCII romaji (じちかい → jichikai, コンピューター → konpyuta): long vowels and the marks
     * that only disambiguate dropped, so that a reading typed in part is a prefix of the whole.
     */
    static String romaji(String kana) {
        if (ROMAJI.size() >= MAX_CACHED_ROMAJI) {
            ROMAJI.clear();
        }
        return ROMAJI.computeIfAbsent(kana, k ->
                NON_LETTER.matcher(TO_ROMAJI.get().transliterate(k).toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    /** Whether the text is written in kana alone, as it is while a user is still converting with an IME. */
    static boolean isKana(String text) {
        return KANA.matcher(text).matches();
    }

    private static String toKatakana(String text) {
        return TO_KATAKANA.get().transliterate(text);
    }
}
