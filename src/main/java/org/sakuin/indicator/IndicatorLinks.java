package org.sakuin.indicator;

import java.util.List;
import java.util.regex.Pattern;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.Passage;
import org.sakuin.plan.Section;

/**
 * Links passages to the indicators of their section, so a search hit can show the indicator table of the
 * measure it belongs to. Labels inside a section (●政策目標, ○成果指標, 【目標像】) do not separate: the text
 * under ●政策目標 and the table under ●成果指標 belong to the same 節.
 */
public final class IndicatorLinks {

    private static final Pattern LABEL = Pattern.compile("^[●○◇◆■□【(（]");

    private IndicatorLinks() {
    }

    public static List<Passage> attach(List<Passage> passages, List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return passages;
        }
        return passages.stream().map(passage -> passage.withIndicators(indicators.stream()
                .filter(indicator -> topic(indicator.section()).equals(topic(passage.section())))
                .map(Indicator::id)
                .toList())).toList();
    }

    /** The section without its trailing labels. */
    static List<String> topic(Section section) {
        List<String> headings = section.headings();
        int end = headings.size();
        while (end > 0 && LABEL.matcher(headings.get(end - 1)).find()) {
            end--;
        }
        return headings.subList(0, end);
    }
}
