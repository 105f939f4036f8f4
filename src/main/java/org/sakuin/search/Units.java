package org.sakuin.search;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sakuin.plan.IndicatorValue;

/**
 * Units of indicators as comparisons read them: written alike after NFKC (％ is %), and units that are a
 * multiple of another (1割 = 10%, 千円 = 1,000円) converted to it, so figures of two towns can stand side by side.
 */
final class Units {

    /** A unit and the multiple of its base unit it is. */
    private record Scaled(String base, BigDecimal factor) {
    }

    private static final Map<String, Scaled> MULTIPLES = Map.of(
            "割", new Scaled("%", BigDecimal.TEN),
            "パーセント", new Scaled("%", BigDecimal.ONE),
            "千人", new Scaled("人", new BigDecimal(1_000)),
            "万人", new Scaled("人", new BigDecimal(10_000)),
            "千円", new Scaled("円", new BigDecimal(1_000)),
            "万円", new Scaled("円", new BigDecimal(10_000)),
            "百万円", new Scaled("円", new BigDecimal(1_000_000)),
            "億円", new Scaled("円", new BigDecimal(100_000_000)));

    private Units() {
    }

    /** The unit as written alike: NFKC, without spaces; null for none. */
    static String normalized(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return Normalizer.normalize(unit, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** The unit a comparison counts in: the base unit of a multiple, else the unit itself. */
    static String base(String unit) {
        String written = normalized(unit);
        return written == null ? null : Optional.ofNullable(MULTIPLES.get(written)).map(Scaled::base).orElse(written);
    }

    /** The indicator in its {@link #base} unit, with how it was converted; as it is when the unit is a base. */
    static IndicatorComparison.Compared inBase(IndicatorEntry indicator) {
        String written = normalized(indicator.unit());
        Scaled scaled = written == null ? null : MULTIPLES.get(written);
        if (scaled == null) {
            return new IndicatorComparison.Compared(indicator, null);
        }
        BigDecimal factor = scaled.factor();
        IndicatorEntry converted = new IndicatorEntry(indicator.id(), indicator.name(), indicator.kind(),
                scaled.base(), times(indicator.baseline(), factor), times(indicator.actuals(), factor),
                indicator.achievement(), indicator.achievementComputed(), times(indicator.targets(), factor),
                indicator.description(), indicator.municipality(), indicator.prefecture(), indicator.plan(),
                indicator.planType(), indicator.file(), indicator.documentId(), indicator.page(), indicator.section(),
                indicator.source());
        String how = factor.compareTo(BigDecimal.ONE) == 0 ? ""
                : "（×" + String.format("%,d", factor.longValueExact()) + "）";
        return new IndicatorComparison.Compared(converted, written + " → " + scaled.base() + how);
    }

    private static List<IndicatorValue> times(List<IndicatorValue> values, BigDecimal factor) {
        return values.stream().map(v -> times(v, factor)).toList();
    }

    /** Numbers are multiplied; words (現状維持) stay as they are. */
    private static IndicatorValue times(IndicatorValue value, BigDecimal factor) {
        if (value == null) {
            return null;
        }
        // the converted figure counts in the base unit, whatever unit its cell wrote
        return new IndicatorValue(times(value.value(), factor), value.fy(), value.raw(), null,
                value.qualifier(), value.basis(), times(value.upper(), factor));
    }

    private static String times(String figure, BigDecimal factor) {
        return Figures.number(figure).map(n -> n.multiply(factor).stripTrailingZeros().toPlainString()).orElse(figure);
    }
}
