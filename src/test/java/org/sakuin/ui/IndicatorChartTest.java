package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;

/** The server-side chart: what it plots, in which order, and what it says it left out. */
class IndicatorChartTest {

    @Test
    void numericFiguresArePlottedInFiscalYearOrder() {
        IndicatorEntry indicator = indicator(new IndicatorValue("152", 2015, "152 (H27)"),
                List.of(new IndicatorValue("155", 2017, "155 (H29)"), new IndicatorValue("152", 2016, "152 (H28)")),
                List.of(new IndicatorValue("182", 2027, "182"), new IndicatorValue("166", 2019, "166")));

        ChartPoints points = ChartPoints.of(indicator);

        assertThat(points.points()).extracting(ChartPoints.Point::category)
                .containsExactly("2015", "2016", "2017", "2019", "2027");
        assertThat(points.points()).extracting(ChartPoints.Point::value)
                .containsExactly(152.0, 152.0, 155.0, 166.0, 182.0);
        assertThat(points.omitted()).isEmpty();
        assertThat(points.yearMissing()).isFalse();

        String svg = IndicatorChart.svg(indicator, false);
        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains(">2015<", ">2027<", ">182<", ">166<", IndicatorChart.ACTUAL_SERIES, IndicatorChart.TARGET_SERIES)
                .doesNotContain(IndicatorChart.OMITTED_NOTE, IndicatorChart.NO_NUMBERS);
    }

    @Test
    void aQualitativeTargetIsLeftOutAndTheChartSaysSo() {
        IndicatorEntry indicator = indicator(new IndicatorValue("41383", null, "41,383世帯"), List.of(),
                List.of(new IndicatorValue("現状維持", null, "現状維持")));

        ChartPoints points = ChartPoints.of(indicator);

        assertThat(points.points()).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(ChartPoints.Role.BASELINE);
            assertThat(p.value()).isEqualTo(41383.0);
        });
        assertThat(points.omitted()).containsExactly("目標値「現状維持」");
        assertThat(points.yearMissing()).isTrue();
        assertThat(IndicatorChart.svg(indicator, false)).startsWith("<svg").contains(">41,383<")
                .contains(IndicatorChart.OMITTED_NOTE + "目標値「現状維持」").contains(IndicatorChart.ORDER_NOTE);
    }

    @Test
    void figuresWithoutYearsGoBaselineFirstAndTargetsLast() {
        IndicatorEntry indicator = indicator(new IndicatorValue("12.2", null, "12.2%"), List.of(),
                List.of(new IndicatorValue("10.0", null, "10.0%"), new IndicatorValue("8.0", null, "8.0%")));

        assertThat(ChartPoints.of(indicator).points()).extracting(ChartPoints.Point::category)
                .containsExactly("基準値", "目標値", "目標値2");
    }

    @Test
    void withoutAnyNumberTheChartSaysItCannotDrawOne() {
        IndicatorEntry indicator = indicator(null, List.of(), List.of(new IndicatorValue("現状値以上", null, "現状値以上")));

        assertThat(ChartPoints.of(indicator).points()).isEmpty();
        assertThat(IndicatorChart.svg(indicator, false)).startsWith("<svg").contains(IndicatorChart.NO_NUMBERS)
                .contains("目標値「現状値以上」");
    }

    @Test
    void aCountsAxisStartsAtZeroUnlessZoomed() {
        IndicatorEntry indicator = indicator(new IndicatorValue("152", 2015, "152"), List.of(),
                List.of(new IndicatorValue("182", 2027, "182")));

        assertThat(ChartAxis.of(indicator, ChartPoints.of(indicator), false).fromZero()).isTrue();
        assertThat(IndicatorChart.svg(indicator, false)).contains(">0<").contains(ChartAxis.UNIT + "事業");
        assertThat(ChartAxis.of(indicator, ChartPoints.of(indicator), true).fromZero()).isFalse();
        assertThat(IndicatorChart.svg(indicator, true)).doesNotContain(">0<");
    }

    @Test
    void aRankHasNoZeroToStartFrom() {
        IndicatorEntry rank = withUnit("位", new IndicatorValue("12", 2020, "12位"), new IndicatorValue("5", 2027, "5位"));

        assertThat(ChartAxis.of(rank, ChartPoints.of(rank), false).fromZero()).isFalse();
    }

    @Test
    void decimalsBelowOneWithoutAUnitAreLabelledAsARatio() {
        IndicatorEntry satisfaction = withUnit(null, new IndicatorValue("0.145", 2019, "0.145"),
                new IndicatorValue("0.168", 2025, "0.168"));
        IndicatorEntry count = withUnit(null, new IndicatorValue("3", 2019, "3"), new IndicatorValue("4", 2025, "4"));

        assertThat(ChartAxis.of(satisfaction, ChartPoints.of(satisfaction), false).label()).isEqualTo(ChartAxis.RATIO);
        assertThat(IndicatorChart.svg(satisfaction, false)).contains(ChartAxis.RATIO);
        assertThat(ChartAxis.of(count, ChartPoints.of(count), false).label()).isEqualTo(ChartAxis.NO_UNIT);
    }

    private static IndicatorEntry withUnit(String unit, IndicatorValue baseline, IndicatorValue target) {
        IndicatorEntry e = indicator(baseline, List.of(), List.of(target));
        return new IndicatorEntry(e.id(), e.name(), e.kind(), unit, e.baseline(), e.actuals(), null, false, e.targets(),
                null, e.municipality(), e.prefecture(), e.plan(), e.planType(), e.file(), e.documentId(), e.page(),
                e.section(), e.source());
    }

    static IndicatorEntry indicator(IndicatorValue baseline, List<IndicatorValue> actuals, List<IndicatorValue> targets) {
        return new IndicatorEntry("doc-1", "上川中部定住自立圏形成協定に基づく取組数", "成果指標", "事業", baseline, actuals,
                null, false, targets, null, "旭川市", "北海道", "旭川市総合計画 基本計画", "基本計画", "corpus/a.docx", "doc", 1,
                "基本政策12", "");
    }
}
