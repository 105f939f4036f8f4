package org.sakuin.ui;

import java.util.regex.Pattern;
import org.sakuin.search.IndicatorEntry;

/**
 * The value axis of an indicator's chart: whether it starts at 0, and what its figures are counted in.
 * Counts, amounts and rates are measured from nothing, so their axis starts at 0 and a rise from 152 to 166
 * looks as large as it is; only a user who zooms sees the figures' own range. A rank or a temperature has
 * no such zero, and neither do figures below it.
 *
 * @param fromZero whether the axis includes 0
 * @param label    the unit as the chart writes it: {@code 単位: 人}, or what the plan leaves unsaid
 */
record ChartAxis(boolean fromZero, String label) {

    static final String UNIT = "単位: ";
    static final String NO_UNIT = "単位の記載なし";
    static final String RATIO = "単位の記載なし（0〜1 の比率: 0.145 は 14.5%）";
    /** Units of an order or a scale whose 0 is not "none". */
    private static final Pattern NO_NATURAL_ZERO = Pattern.compile("^(順?位(以内)?|℃|度C)$");

    static ChartAxis of(IndicatorEntry indicator, ChartPoints points, boolean zoomed) {
        boolean negative = points.points().stream().anyMatch(p -> p.value() < 0);
        String unit = indicator.unit() == null ? "" : indicator.unit().strip();
        boolean fromZero = !zoomed && !negative && !NO_NATURAL_ZERO.matcher(unit).matches();
        return new ChartAxis(fromZero, unit.isEmpty() ? unstated(points) : UNIT + unit);
    }

    /**
     * Without a unit, figures between 0 and 1 written with decimals (市民満足度 0.145) are a share of one, not
     * a count: the chart says so, or a reader takes 0.145 for 0.145%.
     */
    private static String unstated(ChartPoints points) {
        boolean ratio = !points.points().isEmpty()
                && points.points().stream().allMatch(p -> p.value() >= 0 && p.value() <= 1)
                && points.points().stream().anyMatch(p -> p.value() != Math.rint(p.value()));
        return ratio ? RATIO : NO_UNIT;
    }
}
