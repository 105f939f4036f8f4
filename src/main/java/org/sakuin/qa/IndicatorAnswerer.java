package org.sakuin.qa;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sakuin.index.PassageFilter;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchService;

/**
 * Answers figure questions (目標値, 基準値/現状値, 実績値, 達成率) from the indicator records: the indicator whose
 * name is most like the question's subject, and the figure for the year asked (the last target for 最終目標,
 * the latest actual when no year is given).
 */
final class IndicatorAnswerer {

    /** Below this name similarity the indicator is not the one asked about: no answer rather than a wrong one. */
    static final double MIN_NAME_SIMILARITY = 0.75;
    private static final int CANDIDATES = 20;

    private final SearchService search;

    IndicatorAnswerer(SearchService search) {
        this.search = search;
    }

    Optional<Answer> answer(Question question) {
        if (!question.attribute().isIndicatorFigure() || question.subject().isBlank()) {
            return Optional.empty();
        }
        PassageFilter filter = new PassageFilter(question.municipality(), null, null, null, null, null);
        List<IndicatorEntry> candidates = search.indicatorsNamedLike(question.subject(), filter, CANDIDATES);
        Optional<IndicatorEntry> best = candidates.stream()
                .max(Comparator.comparingDouble(c -> NameSimilarity.of(question.subject(), c.name())))
                .filter(b -> NameSimilarity.of(question.subject(), b.name()) >= MIN_NAME_SIMILARITY);
        if (best.isPresent() && tied(question, best.get(), candidates)) {
            return Optional.empty(); // 受診率（男性） and 受診率（女性） for 受診率: which one is not ours to guess
        }
        return best.flatMap(b -> figure(question, b));
    }

    /** Whether another indicator of the same town and plan is named as like the question as the best one. */
    private static boolean tied(Question question, IndicatorEntry best, List<IndicatorEntry> candidates) {
        double score = NameSimilarity.of(question.subject(), best.name());
        return candidates.stream().anyMatch(c -> c != best && !c.name().equals(best.name())
                && c.documentId().equals(best.documentId()) && NameSimilarity.of(question.subject(), c.name()) == score);
    }

    private Optional<Answer> figure(Question question, IndicatorEntry indicator) {
        double confidence = NameSimilarity.of(question.subject(), indicator.name());
        return switch (question.attribute()) {
            case TARGET -> pick(indicator.targets(), question).map(v -> answer(question, indicator, v, "目標値", confidence));
            case BASELINE -> Optional.ofNullable(indicator.baseline()).map(v -> answer(question, indicator, v, "基準値", confidence));
            case ACTUAL -> pick(indicator.actuals(), question).map(v -> answer(question, indicator, v, "実績値", confidence));
            case ACHIEVEMENT -> Optional.ofNullable(indicator.achievement()).map(rate -> answer(question, indicator,
                    new IndicatorValue(rate.replace("%", ""), null, rate), "達成率", confidence));
            default -> Optional.empty();
        };
    }

    /** The value for the year asked; for 最終 or no year, the last year given (or the only value). */
    private static Optional<IndicatorValue> pick(List<IndicatorValue> values, Question question) {
        List<IndicatorValue> present = values.stream().filter(v -> v.value() != null).toList();
        if (question.fy() != null) {
            return present.stream().filter(v -> question.fy().equals(v.fy())).findFirst();
        }
        return present.stream().max(Comparator.comparing(v -> v.fy() == null ? Integer.MIN_VALUE : v.fy()));
    }

    private static Answer answer(Question question, IndicatorEntry indicator, IndicatorValue value, String what,
                                 double confidence) {
        String unit = what.equals("達成率") ? "%" : value.unit() != null ? value.unit() : indicator.unit();
        boolean numeric = value.value().matches("-?[0-9.]+");
        String text = numeric && unit != null && !value.raw().endsWith(unit) ? value.value() + unit : value.raw();
        String year = value.fy() == null ? "" : "（" + value.fy() + "年度）";
        String snippet = indicator.name() + " " + what + "：<mark>" + Snippets.escape(value.raw()) + "</mark>" + year;
        AnswerSource source = new AnswerSource(indicator.file(), indicator.page(), indicator.section(), snippet,
                indicator.municipality(), indicator.plan(), indicator.documentId());
        return new Answer(question.text(), text + year, value.value(),
                numeric ? unit : null, value.fy(), round(confidence), List.of(source),
                "indicator " + indicator.name() + ": " + what);
    }

    static double round(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
