package org.sakuin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One indicator beside similar indicators of other towns that can stand next to it: those whose unit agrees
 * with its own, or converts to it (割 → %), and those left out, with why.
 *
 * @param chosen     the indicator compared, in the unit the comparison uses
 * @param comparable the others, in that unit too
 * @param leftOut    the similar indicators whose figures do not compare
 */
public record IndicatorComparison(Compared chosen, List<Compared> comparable, List<LeftOut> leftOut) {

    /** Sorts the similar indicators into those whose unit comes to the chosen one's and those left out. */
    static IndicatorComparison of(IndicatorEntry chosen, List<IndicatorEntry> similar) {
        String unit = Units.base(chosen.unit());
        List<Compared> comparable = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (IndicatorEntry other : similar) {
            String otherUnit = Units.base(other.unit());
            if (Objects.equals(unit, otherUnit)) {
                comparable.add(Units.inBase(other));
            } else {
                leftOut.add(new LeftOut(other, reason(chosen.unit(), other.unit())));
            }
        }
        return new IndicatorComparison(Units.inBase(chosen), List.copyOf(comparable), List.copyOf(leftOut));
    }

    private static String reason(String chosen, String other) {
        if (other == null || other.isBlank()) {
            return "単位の記載がない（この指標は「" + chosen + "」）";
        }
        if (chosen == null || chosen.isBlank()) {
            return "単位が「" + other + "」（この指標は単位の記載なし）";
        }
        return "単位が「" + other + "」で、この指標の「" + chosen + "」と揃わない";
    }

    /**
     * An indicator as compared.
     *
     * @param indicator  its figures, converted where its unit was
     * @param conversion how they were converted ({@code 割 → %（×10）}), or null when they are as the plan wrote them
     */
    public record Compared(IndicatorEntry indicator, String conversion) {
    }

    /** A similar indicator not put side by side, and why (in Japanese, for the page). */
    public record LeftOut(IndicatorEntry indicator, String reason) {
    }
}
