package org.sakuin.search;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator's figures as numbers, for sorting, exporting and converting: {@link org.sakuin.plan.IndicatorValue}
 * keeps them as the plan wrote them, without thousands separators ("41383", "12.2"), or as words ("現状維持").
 */
public final class Figures {

    private Figures() {
    }

    /** The figure as a number; empty for words and empty cells. */
    public static Optional<BigDecimal> number(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An achievement rate as the plans and Sakuin write it, {@code 93.4%}, as the number of percent. */
    public static Optional<BigDecimal> percent(String rate) {
        return rate == null ? Optional.empty() : number(rate.strip().replaceFirst("[%％]$", ""));
    }
}
