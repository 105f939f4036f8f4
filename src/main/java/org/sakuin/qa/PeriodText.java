package org.sakuin.qa;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.plan.PlanPeriod;

/** The words a passage uses for a plan period, e.g. "平成30年度から令和9年度" or "令和4年度~8年度". */
final class PeriodText {

    private static final Pattern RANGE = Pattern.compile(
            "(?:昭和|平成|令和|[HR])?\\s*(?:元|[0-9]{1,4})\\s*(?:年度?)?\\s*(?:から|[~〜～\\-－‐–—])\\s*"
                    + "(?:昭和|平成|令和|[HR])?\\s*(?:元|[0-9]{1,4})\\s*(?:年度?)?");

    private PeriodText() {
    }

    static String in(String text, PlanPeriod period) {
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            if (PlanPeriod.find(m.group()).filter(period::equals).isPresent()) {
                return m.group().strip();
            }
        }
        return period.toString();
    }
}
