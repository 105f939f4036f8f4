package org.sakuin.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as plans write them: 令和6年4月, 令和8年度, 2024年度, 平成30年10月1日, R7年度末. For 「いつから」 the date
 * must start something (…から, …より); for 「いつまで」 end it (…まで, …末); for 「いつ」 it must be a point in
 * time, not an end of a period (「令和7年度から令和11年度まで」 says when a period runs, not when something
 * happened). A bare year without 年 (R7 in a table header) is not a date a sentence states.
 */
final class DateExpressions {

    /** Which end of a span of time a question asks for. */
    enum Bound { FROM, UNTIL, ANY }

    private static final Pattern DATE = Pattern.compile(
            "(?:(?:令和|平成|昭和|[RH])\\s*(?:元|[0-9]{1,2})|(?:19|20)[0-9]{2})\\s*年(?:度)?"
                    + "(?:\\s*[0-9]{1,2}\\s*月(?:\\s*[0-9]{1,2}\\s*日)?)?(?:当初|中|末|初め)?");
    private static final Pattern FROM = Pattern.compile("^\\s*(?:から|より|に(?:開始|始ま|スタート|着手|導入|開設|開業|運行))");
    private static final Pattern UNTIL = Pattern.compile("^\\s*(?:まで|頃まで)");
    private static final Pattern RANGE_ON = Pattern.compile("^\\s*(?:から|[~〜～\\-－])\\s*(?:令和|平成|昭和|[RH]|(?:19|20)[0-9]{2}|[0-9]{1,2}\\s*年)");
    private static final Pattern RANGE_BACK = Pattern.compile("(?:年度?|月|日)\\s*(?:から|[~〜～\\-－])\\s*$");

    private DateExpressions() {
    }

    static List<String> in(String sentence, Bound bound) {
        List<String> dates = new ArrayList<>();
        Matcher m = DATE.matcher(sentence);
        while (m.find()) {
            String after = sentence.substring(m.end());
            boolean starts = RANGE_ON.matcher(after).find();
            boolean ends = RANGE_BACK.matcher(sentence.substring(0, m.start())).find();
            boolean fits = switch (bound) {
                case FROM -> FROM.matcher(after).find() && !ends;
                case UNTIL -> (UNTIL.matcher(after).find() || m.group().endsWith("末")) && !starts;
                case ANY -> !starts && !ends;
            };
            if (fits) {
                dates.add(m.group().strip());
            }
        }
        return dates;
    }
}
