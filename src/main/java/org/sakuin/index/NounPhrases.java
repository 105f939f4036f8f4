package org.sakuin.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The noun phrases of a text as Kuromoji (with the plan vocabulary) reads it: touching nouns kept whole with
 * their suffixes (自治会加入世帯数, 地域おこし協力隊), katakana words joined across a 中黒
 * (デジタル・トランスフォーメーション), never across a line break, punctuation, a particle or a number. The words
 * a plan's vocabulary is made of, and what a question is searched for.
 */
public final class NounPhrases {

    private static final Pattern KATAKANA = Pattern.compile("[\\p{IsKatakana}ー]+");
    private static final Pattern HAS_LETTER = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsLatin}]");

    private NounPhrases() {
    }

    /** The phrases as written, each once, in the order they first occur. */
    public static List<String> of(String text) {
        return compounds(text).stream().map(NounPhrases::written).distinct().toList();
    }

    /** Each phrase as its words, repeats included. */
    static List<List<ReadingTokenizer.Token>> compounds(String text) {
        List<List<ReadingTokenizer.Token>> compounds = new ArrayList<>();
        List<ReadingTokenizer.Token> compound = new ArrayList<>();
        for (ReadingTokenizer.Token token : ReadingTokenizer.tokenize(text)) {
            if (continues(compound, token)) {
                compound.add(token);
            } else {
                if (!compound.isEmpty()) {
                    compounds.add(compound);
                }
                compound = new ArrayList<>();
                if (starts(token)) {
                    compound.add(token);
                }
            }
        }
        if (!compound.isEmpty()) {
            compounds.add(compound);
        }
        return compounds;
    }

    /** The phrase as the text writes it, a 中黒 between katakana words included. */
    static String written(List<ReadingTokenizer.Token> compound) {
        StringBuilder written = new StringBuilder(compound.getFirst().surface());
        compound.stream().skip(1).forEach(t -> written.append(t.before()).append(t.surface()));
        return written.toString();
    }

    /** A phrase starts with a content noun or a prefix (新, 再, 各), never with a suffix or a number. */
    private static boolean starts(ReadingTokenizer.Token token) {
        return isContentNoun(token) || token.partOfSpeech().startsWith("接頭詞-名詞接続");
    }

    private static boolean continues(List<ReadingTokenizer.Token> compound, ReadingTokenizer.Token token) {
        boolean suffix = token.partOfSpeech().startsWith("名詞-接尾-") && !token.partOfSpeech().equals("名詞-接尾-助数詞");
        return !compound.isEmpty() && joins(compound.getLast(), token) && (isContentNoun(token) || suffix);
    }

    /** Touching words join; so do katakana words across a 中黒, unlike listed kanji (防災・減災). */
    private static boolean joins(ReadingTokenizer.Token previous, ReadingTokenizer.Token token) {
        return token.before().isEmpty() || token.before().equals("・") && KATAKANA.matcher(previous.surface()).matches()
                && KATAKANA.matcher(token.surface()).matches();
    }

    private static boolean isContentNoun(ReadingTokenizer.Token token) {
        String pos = token.partOfSpeech();
        return pos.startsWith("名詞-一般") || pos.startsWith("名詞-サ変接続") || pos.startsWith("名詞-固有名詞")
                || pos.startsWith("名詞-形容動詞語幹") || pos.startsWith("名詞-ナイ形容詞語幹")
                || pos.isEmpty() && HAS_LETTER.matcher(token.surface()).find();
    }
}
