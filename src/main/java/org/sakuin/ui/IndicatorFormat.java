package org.sakuin.ui;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.IndicatorValue.Basis;
import org.sakuin.plan.IndicatorValue.Qualifier;
import org.sakuin.search.IndicatorEntry;

/**
 * How the pages write an indicator's figures: {@code 41,383（2015年度）}, {@code 80〜85以上}, {@code 累計100},
 * {@code 年40}, {@code 10増}; a dash for what the plan leaves out.
 */
final class IndicatorFormat {

    /** What a Japanese table writes in an empty cell. */
    static final String NONE = "－";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

    private IndicatorFormat() {
    }

    /** One figure with its fiscal year when the plan gives one: 152（2015年度）. */
    static String figure(IndicatorValue value) {
        return figure(value, "年度");
    }

    /** The same for a narrow column: 152（2015）. */
    static String shortFigure(IndicatorValue value) {
        return figure(value, "");
    }

    /** Several figures (actuals, targets) in order, separated by 、. */
    static String figures(List<IndicatorValue> values) {
        String joined = values.stream().filter(v -> v.value() != null).map(IndicatorFormat::figure)
                .collect(Collectors.joining("、"));
        return joined.isEmpty() ? NONE : joined;
    }

    /** The last of several figures (the final target), short: what keeps the explorer's rows one line high. */
    static String last(List<IndicatorValue> values) {
        return values.isEmpty() ? NONE : shortFigure(values.getLast());
    }

    static String year(int fy) {
        return fy + "年度";
    }

    /** The achievement rate; one Sakuin computed says so: 93.4%（算出）. */
    static String achievement(IndicatorEntry indicator) {
        return indicator.achievement() == null ? NONE
                : indicator.achievement() + (indicator.achievementComputed() ? "（算出）" : "");
    }

    static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    /**
     * The figure as a number, for charts and sorting; empty for 現状維持, 現状値以上 and other words. Values
     * arrive without thousands separators (the extraction strips them).
     */
    static OptionalDouble numeric(String value) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) ? OptionalDouble.of(number) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static String figure(IndicatorValue value, String yearSuffix) {
        if (value == null || value.value() == null) {
            return NONE;
        }
        return written(value) + (value.fy() == null ? "" : "（" + value.fy() + yearSuffix + "）");
    }

    /** A number with the words the plan wrote around it, briefly; a target in words as it is. */
    private static String written(IndicatorValue value) {
        if (numeric(value.value()).isEmpty()) {
            return value.value();
        }
        String range = number(value.value()) + (value.upper() == null ? "" : "〜" + number(value.upper()));
        return prefix(value) + range + suffix(value.qualifier(), value.basis());
    }

    private static String prefix(IndicatorValue value) {
        String about = value.qualifier() == Qualifier.ABOUT ? "約" : "";
        return about + (value.basis() == Basis.CUMULATIVE ? "累計" : value.basis() == Basis.PER_YEAR ? "年" : "");
    }

    private static String suffix(Qualifier qualifier, Basis basis) {
        if (qualifier == null) {
            return "";
        }
        return switch (qualifier) {
            case AT_LEAST -> "以上";
            case AT_MOST -> "以下";
            case BELOW -> "未満";
            case ABOVE -> "超";
            case MAINTAIN -> "を維持";
            case INCREASE -> basis == Basis.CHANGE ? "増" : "に増加";
            case DECREASE -> basis == Basis.CHANGE ? "減" : "に減少";
            case ABOUT -> "";
        };
    }

    /** Whole numbers get thousands separators (41383 → 41,383); decimals and words stay as the plan wrote them. */
    private static String number(String value) {
        return WHOLE_NUMBER.matcher(value).matches() ? String.format("%,d", new BigInteger(value)) : value;
    }
}
