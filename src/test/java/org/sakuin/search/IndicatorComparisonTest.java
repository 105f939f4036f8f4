package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.IndicatorValue;

/** Which similar indicators stand beside the chosen one: units that agree, or convert, and no others. */
class IndicatorComparisonTest {

    @Test
    void onlyIndicatorsInTheSameUnitStandSideBySideAndTheOthersSayWhy() {
        IndicatorEntry chosen = indicator("a", "人", "1856", "2000");
        IndicatorEntry people = indicator("b", "人", "136", "170");
        IndicatorEntry events = indicator("c", "件", "3", "5");
        IndicatorEntry unstated = indicator("d", null, "0.145", "0.168");

        IndicatorComparison comparison = IndicatorComparison.of(chosen, List.of(people, events, unstated));

        assertThat(comparison.comparable()).extracting(c -> c.indicator().id()).containsExactly("b");
        assertThat(comparison.leftOut()).extracting(o -> o.indicator().id()).containsExactly("c", "d");
        assertThat(comparison.leftOut().get(0).reason()).contains("件", "人");
        assertThat(comparison.leftOut().get(1).reason()).contains("単位の記載がない");
    }

    @Test
    void tenthsConvertToPercentAndSayHow() {
        IndicatorEntry chosen = indicator("a", "％", "12.2", "10.0");
        IndicatorEntry tenths = indicator("b", "割", "6.5", "7");

        IndicatorComparison comparison = IndicatorComparison.of(chosen, List.of(tenths));

        assertThat(comparison.leftOut()).isEmpty();
        IndicatorComparison.Compared converted = comparison.comparable().getFirst();
        assertThat(converted.indicator().unit()).isEqualTo("%");
        assertThat(converted.indicator().baseline().value()).isEqualTo("65");
        assertThat(converted.indicator().targets().getFirst().value()).isEqualTo("70");
        assertThat(converted.conversion()).isEqualTo("割 → %（×10）");
        assertThat(comparison.chosen().conversion()).isNull();
    }

    private static IndicatorEntry indicator(String id, String unit, String baseline, String target) {
        return new IndicatorEntry(id, "指標" + id, "成果指標", unit, new IndicatorValue(baseline, 2020, baseline), List.of(),
                null, false, List.of(new IndicatorValue(target, 2027, target)), null, "町" + id, "県", "計画", "基本計画",
                "a.pdf", "doc-" + id, 1, "節", "");
    }
}
