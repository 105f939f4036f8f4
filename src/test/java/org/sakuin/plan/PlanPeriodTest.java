package org.sakuin.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanPeriodTest {

    private static Optional<String> period(String text) {
        return PlanPeriod.find(text).map(PlanPeriod::toString);
    }

    @Test
    void periodAcrossEras() {
        assertThat(period("平成30年度から令和9年度の10年間を計画期間として")).contains("2018–2027");
    }

    @Test
    void endWithoutEraKeepsTheStartsEra() {
        assertThat(period("後期基本計画(令和4年度~8年度)")).contains("2022–2026");
        assertThat(period("令和4年度〜8年度")).contains("2022–2026");
    }

    @Test
    void westernAndLetterRanges() {
        assertThat(period("2020年度～2024年度")).contains("2020–2024");
        assertThat(period("R4～R8")).contains("2022–2026");
    }

    @Test
    void rangesThatAreNotPeriodsAreSkipped() {
        assertThat(period("主要施策に関する実施計画は17~197ページに掲載")).isEmpty();
        assertThat(period("令和8年度から令和4年度")).isEmpty();
    }

    @Test
    void coversTheYearsInside() {
        PlanPeriod period = PlanPeriod.find("令和4年度~8年度").orElseThrow();
        assertThat(period.years()).containsExactly(2022, 2023, 2024, 2025, 2026);
    }
}
