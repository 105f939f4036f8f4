package org.sakuin.qa;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of thing a question asks for, read from its interrogative: a country for 「どこの国」, a date for
 * 「いつから」, a count for 「いくつ」「何件」, an organisation for 「どこの大学」「どの企業」, a person or role for
 * 「誰」. An answer read from passages must be of this kind, else there is no answer. {@link #NAME} is any
 * other question: the thing named (洋上風力 for 「…発電は？」).
 */
enum AnswerKind {
    COUNTRY("(?:どこの|どの|どちらの|何という)国(?:の[\\p{IsHan}\\p{IsKatakana}ー]{1,4})?|何国"),
    DATE_FROM("いつから|いつ頃から|何年度から|何年から|何月から"),
    /* not いつまでも (for ever), which names a wish, not a question */
    DATE_UNTIL("いつまで(?!も)|何年度まで|何年まで"),
    DATE("いつ頃|いつ(?!まで|も)|何年度|何月"),
    COUNT("いくつ|何(?:" + AnswerKind.COUNTERS + ")"),
    ORGANISATION("(?:どこの|どの|何という)(" + OrganisationNames.HEADS + ")"),
    PERSON("誰|だれ|どなた|どの人"),
    NAME("(?!)");

    /** Counters of 「何件」-questions; 年 is not one of them (何年 asks for a year or a duration). */
    static final String COUNTERS = "段階|件|人|回|団体|か所|ヶ所|箇所|校|施設|事業|世帯|ページ|%|パーセント|社|本|項目|分野";

    private final Pattern interrogative;

    AnswerKind(String interrogative) {
        this.interrogative = Pattern.compile(interrogative);
    }

    /** The kind a question asks for and where its interrogative stands; {@link #NAME} when none is found. */
    static Asked of(String question) {
        for (AnswerKind kind : values()) {
            Matcher m = kind.interrogative.matcher(question);
            if (m.find()) {
                String head = kind == ORGANISATION ? m.group(1) : null;
                return new Asked(kind, m.start(), m.end(), head);
            }
        }
        return new Asked(NAME, -1, -1, null);
    }

    /**
     * A question ending in the noun of a kind asks for that kind too: 「…大学は？」「…企業は？」 an organisation,
     * 「…の相手国は？」 a country, 「…の開始時期は？」 a date.
     */
    static AnswerKind ofAnswerNoun(String noun) {
        if (noun == null) {
            return NAME;
        }
        if (OrganisationNames.isHead(noun)) {
            return ORGANISATION;
        }
        return switch (noun) {
            case "国", "国名", "相手国", "国籍" -> COUNTRY;
            case "開始時期", "開始日", "開始年度", "開始年月" -> DATE_FROM;
            case "期限", "終了時期", "完了時期", "終了年度" -> DATE_UNTIL;
            case "時期", "年月", "年月日", "日付" -> DATE;
            default -> NAME;
        };
    }

    /** What recognises an answer of this kind in a sentence; empty for counts and names, read otherwise. */
    Optional<Recogniser> recogniser(Question question) {
        return switch (this) {
            case COUNTRY -> Optional.of(CountryNames::in);
            case DATE_FROM -> Optional.of(s -> DateExpressions.in(s, DateExpressions.Bound.FROM));
            case DATE_UNTIL -> Optional.of(s -> DateExpressions.in(s, DateExpressions.Bound.UNTIL));
            case DATE -> Optional.of(s -> DateExpressions.in(s, DateExpressions.Bound.ANY));
            case ORGANISATION -> Optional.of(s -> OrganisationNames.in(s, question.answerNoun()));
            case PERSON -> Optional.of(s -> PersonRoles.in(s, question.subject()));
            case COUNT, NAME -> Optional.empty();
        };
    }

    /** Figures from indicator records answer only questions that ask for a figure (or name no kind). */
    boolean takesFigures() {
        return this == COUNT || this == NAME;
    }

    /** An interrogative found in a question: its kind, where it stands, and the noun it asks for (大学 in どこの大学). */
    record Asked(AnswerKind kind, int start, int end, String head) {
    }
}
