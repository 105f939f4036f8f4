package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;

/**
 * One record per indicator and document: a plan often prints an indicator twice (a summary table and the
 * detail sheet) or lists its name before its table. The mention with the most figures gives the place;
 * the others fill in what it lacks.
 */
final class IndicatorMerger {

    private IndicatorMerger() {
    }

    static List<Indicator> merge(List<Indicator> mentions) {
        Map<String, List<Indicator>> byName = new LinkedHashMap<>();
        for (Indicator mention : mentions) {
            byName.computeIfAbsent(IndicatorNames.key(mention.name()), k -> new ArrayList<>()).add(mention);
        }
        return byName.values().stream().map(IndicatorMerger::mergeOne).toList();
    }

    private static Indicator mergeOne(List<Indicator> mentions) {
        Indicator primary = mentions.stream().max((a, b) -> Integer.compare(figures(a), figures(b))).orElseThrow();
        IndicatorValue baseline = primary.baseline();
        String unit = primary.unit();
        String achievement = primary.achievement();
        String description = primary.description();
        String kind = primary.kind();
        List<IndicatorValue> actuals = new ArrayList<>(primary.actuals());
        List<IndicatorValue> targets = new ArrayList<>(primary.targets());
        StringBuilder source = new StringBuilder(primary.source());
        for (Indicator other : mentions) {
            if (other == primary) {
                continue;
            }
            baseline = baseline != null ? baseline : other.baseline();
            unit = unit != null ? unit : other.unit();
            achievement = achievement != null ? achievement : other.achievement();
            description = description != null ? description : other.description();
            kind = !IndicatorAssembler.DEFAULT_KIND.equals(kind) ? kind : other.kind();
            addMissing(actuals, other.actuals());
            addMissing(targets, other.targets());
            source.append("\n---\n").append(other.source());
        }
        return new Indicator(primary.id(), primary.name(), kind, unit, baseline, actuals, achievement, false, targets,
                description, primary.documentId(), primary.section(), primary.page(), source.toString());
    }

    /** Adds the values for years (or unknown years) not yet present. */
    private static void addMissing(List<IndicatorValue> into, List<IndicatorValue> from) {
        for (IndicatorValue value : from) {
            boolean known = into.stream().anyMatch(v -> Objects.equals(v.fy(), value.fy())
                    && (value.fy() != null || Objects.equals(v.value(), value.value())));
            if (!known) {
                into.add(value);
            }
        }
    }

    private static int figures(Indicator indicator) {
        return (indicator.baseline() == null ? 0 : 1) + indicator.actuals().size() + indicator.targets().size()
                + (indicator.achievement() == null ? 0 : 1);
    }
}
