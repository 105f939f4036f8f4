package org.sakuin.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;

/**
 * An indicator's figures as its chart plots them: the numeric ones in fiscal-year order, and what was left
 * out because it is a word (現状維持, 現状値以上) rather than a number.
 *
 * @param points  baseline, actuals and targets that are numbers, by fiscal year; a figure without a year keeps
 *                its place (baseline first, targets last)
 * @param omitted the figures left out, e.g. {@code 目標値「現状維持」}
 */
record ChartPoints(List<Point> points, List<String> omitted) {

    enum Role {
        BASELINE("基準値"), ACTUAL("実績"), TARGET("目標値");

        final String label;

        Role(String label) {
            this.label = label;
        }
    }

    /** One plotted figure; {@code category} is its place on the x axis: the year, or the role without one. */
    record Point(Role role, Integer fy, double value, String category) {
    }

    static ChartPoints of(IndicatorEntry indicator) {
        List<Point> points = new ArrayList<>();
        List<String> omitted = new ArrayList<>();
        Map<String, Integer> unnamed = new HashMap<>();
        add(points, omitted, unnamed, Role.BASELINE, indicator.baseline() == null ? List.of() : List.of(indicator.baseline()));
        add(points, omitted, unnamed, Role.ACTUAL, indicator.actuals());
        add(points, omitted, unnamed, Role.TARGET, indicator.targets());
        points.sort(Comparator.comparingInt(ChartPoints::order));
        return new ChartPoints(List.copyOf(points), List.copyOf(omitted));
    }

    /** Whether some plotted figure has no fiscal year, so the x axis is partly an order rather than time. */
    boolean yearMissing() {
        return points.stream().anyMatch(p -> p.fy() == null);
    }

    private static void add(List<Point> points, List<String> omitted, Map<String, Integer> unnamed, Role role,
                            List<IndicatorValue> values) {
        for (IndicatorValue value : values) {
            if (value.value() == null) {
                continue;
            }
            OptionalDouble number = IndicatorFormat.numeric(value.value());
            if (number.isEmpty()) {
                omitted.add(role.label + "「" + value.value() + "」");
                continue;
            }
            String category = value.fy() != null ? value.fy().toString() : numbered(unnamed, role.label);
            points.add(new Point(role, value.fy(), number.getAsDouble(), category));
        }
    }

    /** 目標値, then 目標値2, 目標値3 …: figures without a year must not share a place on the axis. */
    private static String numbered(Map<String, Integer> unnamed, String label) {
        int n = unnamed.merge(label, 1, Integer::sum);
        return n == 1 ? label : label + n;
    }

    /** By year; without one, a baseline comes before every year and a target after (the sort is stable). */
    private static int order(Point point) {
        if (point.fy() != null) {
            return point.fy();
        }
        return point.role() == Role.TARGET ? Integer.MAX_VALUE : Integer.MIN_VALUE;
    }
}
