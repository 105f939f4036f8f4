package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.IndicatorValue.Basis;
import org.sakuin.plan.IndicatorValue.Qualifier;
import org.sakuin.search.IndicatorEntry;

class IndicatorFormatTest {

    private static IndicatorValue value(String value, Qualifier qualifier, Basis basis, String upper) {
        return new IndicatorValue(value, 2025, value, null, qualifier, basis, upper);
    }

    @Test
    void aFigureShowsTheWordsThePlanWroteAroundIt() {
        assertThat(IndicatorFormat.figure(value("41383", null, null, null))).isEqualTo("41,383（2025年度）");
        assertThat(IndicatorFormat.shortFigure(value("80", Qualifier.AT_LEAST, null, "85"))).isEqualTo("80〜85以上（2025）");
        assertThat(IndicatorFormat.shortFigure(value("100", null, Basis.CUMULATIVE, null))).isEqualTo("累計100（2025）");
        assertThat(IndicatorFormat.shortFigure(value("40", null, Basis.PER_YEAR, null))).isEqualTo("年40（2025）");
        assertThat(IndicatorFormat.shortFigure(value("10", Qualifier.INCREASE, Basis.CHANGE, null))).isEqualTo("10増（2025）");
        assertThat(IndicatorFormat.shortFigure(value("3000", Qualifier.ABOUT, null, null))).isEqualTo("約3,000（2025）");
        assertThat(IndicatorFormat.shortFigure(value("現状維持", Qualifier.MAINTAIN, null, null))).isEqualTo("現状維持（2025）");
    }

    @Test
    void aComputedAchievementRateSaysSo() {
        assertThat(IndicatorFormat.achievement(entry("93.4%", false))).isEqualTo("93.4%");
        assertThat(IndicatorFormat.achievement(entry("93.4%", true))).isEqualTo("93.4%（算出）");
        assertThat(IndicatorFormat.achievement(entry(null, false))).isEqualTo(IndicatorFormat.NONE);
    }

    private static IndicatorEntry entry(String achievement, boolean computed) {
        return new IndicatorEntry("doc-1", "取組数", "成果指標", "事業", null, List.of(), achievement, computed, List.of(),
                null, "旭川市", "北海道", "計画", "基本計画", "a.txt", "doc", 1, "", "");
    }
}
