package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.Section;

class AchievementRateTest {

    private static final Section SECTION = new Section(List.of("基本政策12"));

    /** Figures as the table prints them, read by the parser. */
    private static IndicatorValue cell(String text, Integer fy) {
        return ValueParser.parse(text).toValue(fy);
    }

    private static Indicator indicator(String unit, IndicatorValue baseline, List<IndicatorValue> actuals,
                                       String achievement, List<IndicatorValue> targets) {
        return new Indicator("doc-1", "取組数", "成果指標", unit, baseline, actuals, achievement, false, targets, null,
                "doc", SECTION, 1, "");
    }

    /** Seed 000: baseline 152, actuals 152 and 155, targets 166 (2019) and 182 (2027); the plan prints 93.4%. */
    @Test
    void latestActualOverTheTargetOfItsPeriodAsThePlansCompute() {
        Indicator filled = AchievementRate.fill(indicator("事業", cell("152", 2015),
                List.of(cell("152", 2016), cell("155", 2017)), null, List.of(cell("166", 2019), cell("182", 2027))));
        assertThat(filled.achievement()).isEqualTo("93.4%");
        assertThat(filled.achievementComputed()).isTrue();
    }

    @Test
    void aPrintedRateIsKeptAndNotMarkedComputed() {
        Indicator printed = indicator("事業", cell("152", 2015), List.of(cell("155", 2017)), "90.0%",
                List.of(cell("166", 2019)));
        assertThat(AchievementRate.fill(printed)).isSameAs(printed);
    }

    @Test
    void aTargetBelowTheBaselineIsMetByGoingDown() {
        Indicator waiting = indicator("人", cell("50", 2020), List.of(cell("40", 2022)), null, List.of(cell("30", 2025)));
        assertThat(AchievementRate.fill(waiting).achievement()).isEqualTo("75.0%"); // 30 ÷ 40
        Indicator bounded = indicator("件", null, List.of(cell("12", 2022)), null, List.of(cell("10件以下", 2025)));
        assertThat(AchievementRate.fill(bounded).achievement()).isEqualTo("83.3%");
    }

    @Test
    void noRateFromWordsChangesOrZero() {
        assertThat(AchievementRate.compute(indicator("世帯", cell("41,383世帯", null), List.of(cell("41000", 2022)),
                null, List.of(cell("現状維持", null))))).isEmpty();
        assertThat(AchievementRate.compute(indicator("%", cell("40", 2020), List.of(cell("45", 2022)), null,
                List.of(cell("10ポイント増", 2025))))).isEmpty();
        assertThat(AchievementRate.compute(indicator("件", cell("3", 2020), List.of(cell("2", 2022)), null,
                List.of(cell("0件", 2025))))).isEmpty();
        assertThat(AchievementRate.compute(indicator("件", cell("3", 2020), List.of(), null,
                List.of(cell("5", 2025))))).isEmpty();
    }

    @Test
    void noRateBetweenDifferentUnitsOrPeriods() {
        // the column says 万人; the target cell writes 1.5万人, which reads as 15000 人, the actual 1.2 (万人)
        assertThat(AchievementRate.compute(indicator("万人", cell("1.0", 2020), List.of(cell("1.2", 2022)), null,
                List.of(cell("1.5万人", 2025))))).isEmpty();
        assertThat(AchievementRate.compute(indicator("人", null, List.of(cell("30人", 2022)), null,
                List.of(cell("5年間で100人", 2025))))).isEmpty();
        // both written with 万 agree: 12000 ÷ 15000
        assertThat(AchievementRate.compute(indicator("人", null, List.of(cell("1.2万人", 2022)), null,
                List.of(cell("1.5万人", 2025))))).contains("80.0%");
    }

    @Test
    void theExtractorComputesTheRateOnceMentionsAreMerged() {
        List<Indicator> found = Blocks.extract(
                "成果指標",
                "指標名\t基準値(H27)\t実績値(H29)\t目標値(R1)",
                "連携事業数\t10\t12\t15");
        assertThat(found).singleElement().satisfies(indicator -> {
            assertThat(indicator.achievement()).isEqualTo("80.0%");
            assertThat(indicator.achievementComputed()).isTrue();
        });
    }

    /** The method is the plans' own: every rate seed 000 prints comes out again from its figures. */
    @Test
    void recomputesEveryRateTheSeedPrints() throws IOException {
        String[] lines = Files.readAllLines(Path.of("src/test/resources/seeds/000_e3666c8bdfd63eb6.txt")).stream()
                .filter(line -> !line.isBlank()).toArray(String[]::new);
        List<Indicator> printed = Blocks.extract(lines).stream().filter(i -> i.achievement() != null).toList();
        assertThat(printed).hasSizeGreaterThanOrEqualTo(6);
        for (Indicator indicator : printed) {
            Indicator withoutRate = new Indicator(indicator.id(), indicator.name(), indicator.kind(), indicator.unit(),
                    indicator.baseline(), indicator.actuals(), null, false, indicator.targets(),
                    indicator.description(), indicator.documentId(), indicator.section(), indicator.page(), "");
            assertThat(AchievementRate.compute(withoutRate)).as(indicator.name()).contains(indicator.achievement());
        }
    }
}
