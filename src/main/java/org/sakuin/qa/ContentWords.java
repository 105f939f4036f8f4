package org.sakuin.qa;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a question that carry its content, by Kuromoji's parts of speech: nouns (not pronouns,
 * numbers or dependent nouns) and independent verbs in their base form; particles, auxiliaries and
 * interrogatives (何, どこ) are dropped.
 */
final class ContentWords {

    private static final Set<String> INTERROGATIVES = Set.of("何", "どこ", "いくつ", "いくら", "どれ", "どの", "誰");

    private ContentWords() {
    }

    static List<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.SEARCH)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String partOfSpeech = pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech();
                String word = term.toString();
                if (isContent(partOfSpeech) && !INTERROGATIVES.contains(word)) {
                    words.add(partOfSpeech.startsWith("動詞") && base.getBaseForm() != null ? base.getBaseForm() : word);
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(words);
    }

    private static boolean isContent(String partOfSpeech) {
        if (partOfSpeech.startsWith("名詞")) {
            return !partOfSpeech.contains("代名詞") && !partOfSpeech.contains("非自立") && !partOfSpeech.contains("数")
                    && !partOfSpeech.contains("接尾");
        }
        return partOfSpeech.startsWith("動詞-自立");
    }
}
