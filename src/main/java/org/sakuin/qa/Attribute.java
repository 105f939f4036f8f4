package org.sakuin.qa;

import java.util.List;

/**
 * What a question asks about its subject, with the words that ask it. Longer words first, so that
 * 最終目標値 is read before 目標.
 */
enum Attribute {
    TARGET(List.of("最終目標値", "将来目標値", "目標値", "目指す値", "目標")),
    BASELINE(List.of("基準値", "現状値", "策定時の値", "現状")),
    ACTUAL(List.of("実績値", "実績")),
    ACHIEVEMENT(List.of("達成率", "達成度", "進捗率")),
    PERIOD(List.of("計画期間", "対象期間", "期間")),
    DEPARTMENT(List.of("担当する部局", "担当部局", "担当課", "担当する課", "所管する部署", "所管課", "担当")),
    BUDGET(List.of("事業費", "予算額", "予算")),
    PAGE(List.of("何ページ", "掲載ページ", "ページ")),
    /** "…の自治体は" / "どの自治体": which towns do something. */
    TOWNS(List.of("自治体は", "どの自治体", "市町村は", "どこの自治体")),
    /** Anything else: the answer is a span of the best passage. */
    OTHER(List.of());

    private final List<String> words;

    Attribute(List<String> words) {
        this.words = words;
    }

    List<String> words() {
        return words;
    }

    boolean isIndicatorFigure() {
        return this == TARGET || this == BASELINE || this == ACTUAL || this == ACHIEVEMENT;
    }
}
