package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.index.PassageHit;

class ListCounterTest {

    private static final String GOALS = "第2部 基本構想 › 第2章 基本目標";

    @Test
    void countsTheBulletsAfterTheSentenceThatIntroducesThemOverSeveralPassages() {
        List<PassageHit> passages = List.of(
                passage("a", 8, GOALS, "・健康で、互いに支え合うまち\n・実りを生かし、にぎわいを生むまち"),
                passage("a", 7, GOALS, "第2章 基本目標\nまちづくりの基本目標を次のとおり定めます。\n・子どもの笑顔があふれるまち"),
                passage("a", 9, GOALS, "・安全で、快適に暮らせるまち\n\n・市民とともに歩むまち\n第3章 重点プロジェクト"));

        ListCounter.Count count = ListCounter.count("基本目標", passages).orElseThrow();

        assertThat(count.items()).isEqualTo(5);
        assertThat(count.names()).first().isEqualTo("子どもの笑顔があふれるまち");
    }

    @Test
    void countsTheNumberedHeadingsOfTheItemWithinTheScopeAsked() {
        List<PassageHit> passages = List.of(
                passage("a", 1, "第2章 › 基本目標1 産業 › 基本施策1-1 ものづくり", "…"),
                passage("a", 2, "第2章 › 基本目標1 産業 › 基本施策1-1 ものづくり", "…"),
                passage("a", 3, "第2章 › 基本目標1 産業 › 基本施策1-2 農林業", "…"),
                passage("a", 4, "第2章 › 基本目標10 行政 › 基本施策10-1 財政", "…"),
                passage("a", 5, "第2章 › 基本目標2 交流 › 基本施策2-1 移住", "…"));

        assertThat(ListCounter.count("基本目標1の基本施策", passages)).map(ListCounter.Count::items).contains(2);
        assertThat(ListCounter.count("基本施策", passages)).map(ListCounter.Count::items).contains(4);
    }

    @Test
    void aListOfOtherItemsOrOneHeadingOrPlansThatDisagreeGiveNoCount() {
        PassageHit goals = passage("a", 1, "第2章", "次の4つの基本目標を掲げ、基本目標ごとに基本施策を定めます。\n- 基本目標1\n- 基本目標2");
        assertThat(ListCounter.count("基本施策", List.of(goals))).isEmpty();
        assertThat(ListCounter.count("基本施策", List.of(passage("a", 1, "基本施策1 移住", "…")))).isEmpty();
        assertThat(ListCounter.count("基本目標", List.of(
                passage("a", 1, "基本目標1 › x", "…"), passage("a", 2, "基本目標2 › x", "…"),
                passage("b", 1, "基本目標1 › x", "…"), passage("b", 2, "基本目標2 › x", "…"),
                passage("b", 3, "基本目標3 › x", "…")))).isEmpty();
    }

    @Test
    void aScopeIsANumberedHeadingOrAHeadingsNameAndOneThatNamesNoHeadingCountsNothing() {
        assertThat(ListCounter.itemAndScope("基本目標1の基本施策")).hasValueSatisfying(
                parts -> assertThat(parts).containsExactly("基本施策", "基本目標1"));
        assertThat(ListCounter.itemAndScope("健康づくりの推進の主な取組")).hasValueSatisfying(
                parts -> assertThat(parts).containsExactly("主な取組", "健康づくりの推進"));
        List<PassageHit> passages = List.of(
                passage("a", 1, "第2章 › 基本目標1 産業 › 施策1-1 ものづくり", "…"),
                passage("a", 2, "第2章 › 基本目標1 産業 › 施策1-2 農林業", "…"));
        assertThat(ListCounter.count("子育て支援の施策", passages)).isEmpty();
        assertThat(ListCounter.count("産業の施策", passages)).map(ListCounter.Count::items).contains(2);
    }

    @Test
    void countsTheItemsUnderALabelNamingThemAsBulletsOrAsHeadings() {
        String measure = "第3章 › 政策3 健康 › 施策3-1 健康づくりの推進";
        List<PassageHit> bullets = List.of(
                passage("a", 1, measure, "【現状と課題】受診率が低い。"),
                passage("a", 2, measure + " › 【主な取組】", "・受診勧奨\n・健康ポイント事業\n・推進員の養成"),
                passage("a", 3, "第3章 › 政策3 健康 › 施策3-2 地域福祉 › 【主な取組】", "・見守り\n・ボランティア"));
        assertThat(ListCounter.count("健康づくりの推進の主な取組", bullets)).map(ListCounter.Count::items).contains(3);

        List<PassageHit> headings = List.of(
                passage("a", 1, measure + " › 【主な取組】", "【主な取組】"),
                passage("a", 2, measure + " › 【主な取組】 › ① 受診勧奨", "① 受診勧奨"),
                passage("a", 3, measure + " › 【主な取組】 › ② 健康ポイント事業", "② 健康ポイント事業"),
                passage("a", 4, measure + " › 【主な取組】 › ③ 推進員の養成", "③ 推進員の養成"));
        assertThat(ListCounter.count("健康づくりの推進の主な取組", headings)).map(ListCounter.Count::items).contains(3);
    }

    private static PassageHit passage(String document, int number, String section, String text) {
        return new PassageHit(document + "#" + number, document, document + ".md", "月見台市", "福島県", "計画", "総合計画",
                1, section, 1f, text, List.of(), List.of(), List.of(), text);
    }
}
