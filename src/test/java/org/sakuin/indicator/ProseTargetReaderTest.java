package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.IndicatorValue.Basis;

class ProseTargetReaderTest {

    @Test
    void headlineTargetWithYearsInParentheses() {
        List<Indicator> found = Blocks.extract("入学者数40人(2014年度)→年40人(2019年度)");
        assertThat(found).singleElement().satisfies(indicator -> {
            assertThat(indicator.name()).isEqualTo("入学者数");
            assertThat(indicator.unit()).isEqualTo("人");
            assertThat(indicator.baseline()).isEqualTo(new IndicatorValue("40", 2014, "40人(2014年度)", "人", null, null, null));
            assertThat(indicator.targets()).containsExactly(new IndicatorValue("40", 2019, "年40人(2019年度)", "人", null, Basis.PER_YEAR, null));
        });
    }

    @Test
    void otherArrowsSpacesAndEraYears() {
        assertThat(Blocks.extract(
                "数値目標",
                "観光入込客数 120万人(R4) → 150万人(R9)",
                "転入者数:1,200人(H30)⇒1,500人(令和6年度)"))
                .extracting(Indicator::name, i -> i.baseline().value(), i -> i.baseline().fy(),
                        i -> i.targets().getFirst().value(), i -> i.targets().getFirst().fy())
                .containsExactly(tuple("観光入込客数", "1200000", 2022, "1500000", 2027), // 万 multiplied out
                        tuple("転入者数", "1200", 2018, "1500", 2024));
    }

    @Test
    void figuresNamedAsBaselineAndTarget() {
        assertThat(Blocks.extract(
                "KPI:移住相談件数 現状値 85件(R1)→目標値 150件(R7)",
                "転入者数 基準値:1,200人(H30) 目標値:1,500人(R6)"))
                .extracting(Indicator::name, i -> i.baseline().value(), i -> i.baseline().fy(),
                        i -> i.targets().getFirst().value(), i -> i.targets().getFirst().fy())
                .containsExactly(tuple("移住相談件数", "85", 2019, "150", 2025), tuple("転入者数", "1200", 2018, "1500", 2024));
        assertThat(Blocks.extract("数値目標 現状値 120 目標値 150")).isEmpty(); // a header word is no name
    }

    @Test
    void changesWithoutAnArrowOrNameAreNotTargets() {
        assertThat(Blocks.extract("人口は10万人から8万人に減少しました。")).isEmpty();
        assertThat(Blocks.extract("計画期間 H30→R9")).isEmpty();
        assertThat(Blocks.extract("3→5")).isEmpty();
        assertThat(Blocks.extract("現状値 120人(R4)、目標値 150人(R9)")).isEmpty(); // no name before the figures
    }

    @Test
    void tableRowsAreLeftToTheTableReaders() {
        assertThat(ProseTargetReader.read(Blocks.of("入学者数\t40人(2014年度)→年40人(2019年度)"))).isEmpty();
    }
}
