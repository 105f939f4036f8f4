package org.sakuin.indicator;

import java.util.List;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.Passage;

/**
 * Links passages to the indicators of their section, so a search hit can show the indicator table of the
 * measure it belongs to. Labels inside a section (●政策目標, ○成果指標, 【目標像】) do not separate: the text
 * under ●政策目標 and the table under ●成果指標 belong to the same 節.
 */
public final class IndicatorLinks {

    private IndicatorLinks() {
    }

    public static List<Passage> attach(List<Passage> passages, List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return passages;
        }
        return passages.stream().map(passage -> passage.withIndicators(indicators.stream()
                .filter(indicator -> indicator.section().topic().equals(passage.section().topic()))
                .map(Indicator::id)
                .toList())).toList();
    }
}
