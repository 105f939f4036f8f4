package org.sakuin.indicator;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 万, 千 and 億 written before a unit are multipliers, not part of it: 1.2万人 is 12000 人, 48.2億円 is 4820000000 円
 * (the contract's "1.2万人" → "12000"). The cell keeps the words in {@code raw}.
 */
final class Magnitude {

    static final String MULTIPLIER = "(?:億|千万|百万|万|千)";
    private static final Pattern SPLIT = Pattern.compile("^(?<multiplier>" + MULTIPLIER + ")(?<unit>.*)$");

    /**
     * A figure in its unit after the multiplier is taken out.
     *
     * @param unit the unit without its multiplier, or null when nothing but the multiplier was written (3万)
     */
    record Scaled(String number, String upper, String unit) {
    }

    private Magnitude() {
    }

    /** Multiplies the number (and the upper bound of a range) out of the unit, when the unit starts with one. */
    static Scaled scale(String number, String upper, String unit) {
        Matcher m = unit == null ? null : SPLIT.matcher(unit);
        if (m == null || !m.matches()) {
            return new Scaled(number, upper, unit);
        }
        int power = power(m.group("multiplier"));
        String rest = m.group("unit").strip();
        return new Scaled(times(number, power), upper == null ? null : times(upper, power), rest.isEmpty() ? null : rest);
    }

    private static int power(String multiplier) {
        return switch (multiplier) {
            case "億" -> 8;
            case "千万" -> 7;
            case "百万" -> 6;
            case "万" -> 4;
            default -> 3;
        };
    }

    /** Exact decimal shift, written without exponent or trailing zeros: 1.2 × 10⁴ → 12000. */
    private static String times(String number, int power) {
        return new BigDecimal(number).movePointRight(power).stripTrailingZeros().toPlainString();
    }
}
