package org.sakuin.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.IndicatorValue.Basis;
import org.sakuin.plan.IndicatorValue.Qualifier;

/**
 * The achievement rate of an indicator whose plan prints none, computed as plans compute it: the latest actual
 * over the target of its period (the first target not before the actual's year). The seeds print 93.4% for
 * actual 155 against target 166 (baseline 152), so the rate is actual ÷ target, not progress from the baseline.
 * A target below its baseline (or bounded by 以下/未満) is met by going down: the rate is target ÷ actual. No
 * rate is computed from words (現状維持), from a change (10ポイント増), between figures in different units or
 * counted over different periods, or from a zero or negative figure.
 */
final class AchievementRate {

    private AchievementRate() {
    }

    /** The indicator with a computed rate when the plan gives none and its figures allow one; else unchanged. */
    static Indicator fill(Indicator indicator) {
        if (indicator.achievement() != null) {
            return indicator;
        }
        return compute(indicator).map(indicator::withComputedAchievement).orElse(indicator);
    }

    static Optional<String> compute(Indicator indicator) {
        Optional<IndicatorValue> latest = latest(indicator.actuals());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Optional<IndicatorValue> target = targetFor(indicator.targets(), latest.get().fy());
        if (target.isEmpty() || !comparable(indicator, latest.get(), target.get())) {
            return Optional.empty();
        }
        BigDecimal actual = number(latest.get()).orElseThrow();
        BigDecimal goal = number(target.get()).orElseThrow();
        BigDecimal rate = decreasing(indicator.baseline(), target.get(), goal) ? ratio(goal, actual) : ratio(actual, goal);
        return Optional.of(rate.toPlainString() + "%");
    }

    /** The actual of the latest year; without years, the last one printed. */
    private static Optional<IndicatorValue> latest(List<IndicatorValue> actuals) {
        List<IndicatorValue> numbers = actuals.stream().filter(v -> number(v).isPresent()).toList();
        return numbers.stream().filter(v -> v.fy() != null).max(Comparator.comparing(IndicatorValue::fy))
                .or(() -> numbers.isEmpty() ? Optional.empty() : Optional.of(numbers.getLast()));
    }

    /** The target of the period the actual falls in: the first not before it (a plan's next milestone). */
    private static Optional<IndicatorValue> targetFor(List<IndicatorValue> targets, Integer actualYear) {
        return targets.stream()
                .filter(t -> actualYear == null || t.fy() == null || t.fy() >= actualYear)
                .findFirst();
    }

    private static boolean comparable(Indicator indicator, IndicatorValue actual, IndicatorValue target) {
        return number(target).isPresent() && number(target).get().signum() > 0 && number(actual).get().signum() > 0
                && target.basis() != Basis.CHANGE && Objects.equals(actual.basis(), target.basis())
                && Objects.equals(unitOf(actual, indicator), unitOf(target, indicator));
    }

    /** A value's own unit, else the indicator's: "12000" written 1.2万人 is in 人 though the column says 万人. */
    private static String unitOf(IndicatorValue value, Indicator indicator) {
        return value.unit() != null ? value.unit() : indicator.unit();
    }

    private static boolean decreasing(IndicatorValue baseline, IndicatorValue target, BigDecimal goal) {
        if (target.qualifier() == Qualifier.AT_MOST || target.qualifier() == Qualifier.BELOW) {
            return true;
        }
        Optional<BigDecimal> start = baseline == null ? Optional.empty() : number(baseline);
        return start.isPresent() && goal.compareTo(start.get()) < 0;
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
    }

    /** The figure as a number; empty for words (現状維持) and empty cells. */
    private static Optional<BigDecimal> number(IndicatorValue value) {
        if (value.value() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.value()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
