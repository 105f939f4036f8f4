package org.sakuin.qa;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Map;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.plan.FiscalYear;

/**
 * Reads a Japanese question into a {@link Question}: the municipality it names (one of the indexed towns),
 * the attribute asked (a small explicit vocabulary, {@link Attribute}), a fiscal year, and the subject —
 * what remains once those and the question's grammar (は？, はいくつ, の, 何件) are taken away.
 */
final class QuestionParser {

    private static final Pattern COUNTER = Pattern.compile("(?:何|いくつの?)(段階|件|人|回|団体|か所|箇所|校|施設|事業|世帯|ページ|年|%|パーセント)");
    private static final Pattern QUESTION_END = Pattern.compile(
            "(?:は|が|を)?(?:何(?:段階|件|人|回|団体|か所|箇所|校|施設|事業|世帯|年)?|いくつ|いくら|どこ|どれ|どの程度|どのくらい|どれくらい)?"
                    + "(?:です|でしょう)?(?:か)?[?？。]*$");
    private static final Pattern ANSWER_NOUN = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー]{1,4})は[?？]?$");
    private static final Pattern ERA_OR_YEAR = Pattern.compile(
            "(?:(?:平成|令和|昭和|[HR])\\s*(?:元|[0-9]{1,2})|(?:19|20)[0-9]{2})\\s*年度?の?");
    private static final Pattern LEADING_PARTICLES = Pattern.compile("^(?:の|が|で|は|に|を|と)+");
    /** 「…を何人にする？」「…をどれだけ増やす？」: a target asked without the word 目標. */
    private static final Pattern TARGET_VERB = Pattern.compile(
            "を?(?:何(?:" + AnswerKind.COUNTERS + ")?|いくつ|どれだけ|どのくらい|どれくらい)に(?:する|増やす|減らす|高める|引き上げる|したい)");
    private static final Pattern TRAILING_PARTICLES = Pattern.compile("(?:の|が|で|は|に|を|における|に関する)+$");

    /** "さっぽろ連携中枢都市圏で …", "第2次総合計画における …": the plan or area a question is asked within. */
    private static final Pattern CONTEXT = Pattern.compile(
            "^(.+?(?:圏|計画|ビジョン|戦略|構想))(?:で|では|における|の中で|の)(.+)$|^(.+?(?:市|町|村))(?:で|では|における)(.+)$");

    /** A quantity asked by its name alone, 「…の人口は？」, is a count in the counter the name implies. */
    private static final Pattern IMPLIED_COUNT = Pattern.compile("(人口|世帯数)(?:は|って)?[?？。]*$");
    private static final Map<String, String> IMPLIED_COUNTERS = Map.of("人口", "人", "世帯数", "世帯");

    private final Collection<String> municipalities;

    QuestionParser(Collection<String> municipalities) {
        this.municipalities = municipalities;
    }

    Question parse(String raw) {
        String text = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC);
        String municipality = municipalityIn(text).orElse(null);
        Integer fy = FiscalYear.findAll(text).stream().findFirst().map(FiscalYear::year).orElse(null);
        Matcher counter = COUNTER.matcher(text);
        String counterWord = counter.find() ? counter.group(1) : impliedCounter(text);
        AnswerKind.Asked asked = AnswerKind.of(text);
        Attribute attribute = Attribute.OTHER;
        int attributeAt = -1;
        String masked = text.replace("基本目標", "基本〇〇");
        for (Attribute candidate : Attribute.values()) {
            for (String word : candidate.words()) {
                int at = masked.lastIndexOf(word);
                if (at >= 0 && attributeAt < 0) {
                    attribute = candidate;
                    attributeAt = at;
                }
            }
        }
        Matcher aimed = TARGET_VERB.matcher(text);
        if (attribute == Attribute.OTHER && aimed.find()) {
            attribute = Attribute.TARGET;
            attributeAt = aimed.start();
        }
        String asking = withoutInterrogative(text, asked);
        int shift = text.length() - asking.length();
        String subject = subject(asking, municipality, attributeAt > asked.start() ? attributeAt - shift : attributeAt);
        String context = null;
        Matcher scoped = CONTEXT.matcher(subject);
        if (scoped.matches()) {
            context = scoped.group(1) != null ? scoped.group(1) : scoped.group(3);
            subject = scoped.group(1) != null ? scoped.group(2) : scoped.group(4);
        }
        Matcher noun = ANSWER_NOUN.matcher(text.replaceAll("[?？。]+$", "？"));
        String answerNoun = asked.head() != null ? asked.head()
                : attribute == Attribute.OTHER && noun.find() ? noun.group(1) : null;
        AnswerKind kind = asked.kind() != AnswerKind.NAME ? asked.kind() : AnswerKind.ofAnswerNoun(answerNoun);
        return new Question(text, subject, context, municipality, attribute, fy, counterWord, answerNoun, kind);
    }

    /**
     * The question without an interrogative that stands inside it (「…はどこの国の都市？」「どこの大学と…」), so
     * that what follows it still counts as the subject; counts keep the question as it is, since their grammar
     * (はいくつ, は何件) ends the question and is taken away with it.
     */
    private static String withoutInterrogative(String text, AnswerKind.Asked asked) {
        if (asked.start() < 0 || asked.kind() == AnswerKind.COUNT) {
            return text;
        }
        return text.substring(0, asked.start()) + text.substring(asked.end());
    }

    private Optional<String> municipalityIn(String text) {
        return municipalities.stream().filter(text::contains).max(Comparator.comparingInt(String::length));
    }

    /** The question minus its town, attribute, year and grammar. */
    private static String subject(String text, String municipality, int attributeAt) {
        String subject = attributeAt > 0 ? text.substring(0, attributeAt) : QUESTION_END.matcher(text).replaceAll("");
        if (municipality != null && subject.startsWith(municipality)) {
            subject = subject.substring(municipality.length());
        }
        subject = ERA_OR_YEAR.matcher(subject).replaceAll("");
        subject = subject.replace("最終", "");
        subject = LEADING_PARTICLES.matcher(subject.strip()).replaceAll("");
        return TRAILING_PARTICLES.matcher(subject.strip()).replaceAll("").strip();
    }

    private static String impliedCounter(String text) {
        Matcher quantity = IMPLIED_COUNT.matcher(text);
        return quantity.find() ? IMPLIED_COUNTERS.get(quantity.group(1)) : null;
    }
}
