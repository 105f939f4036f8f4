package org.sakuin.plan;

import java.util.List;

/**
 * An indicator a plan sets (成果指標, 評価指標, KPI …) with its figures, linked to where it stands.
 *
 * @param id          stable within the index: document id and a hash of the name
 * @param kind        成果指標, 評価指標, 重要業績評価指標(KPI) … as the plan calls it; 指標 when it does not say
 * @param unit        the unit as written (%, 人, 件 …), or null for a score without one
 * @param achievement the achievement rate as written ("93.4%"), or computed from the figures when the plan prints
 *                    none, or null
 * @param achievementComputed whether Sakuin computed the rate rather than read it
 * @param source      the lines the record was read from, for explaining the extraction
 */
public record Indicator(String id, String name, String kind, String unit, IndicatorValue baseline,
                        List<IndicatorValue> actuals, String achievement, boolean achievementComputed,
                        List<IndicatorValue> targets, String description, String documentId, Section section,
                        int page, String source) {

    public Indicator {
        actuals = List.copyOf(actuals);
        targets = List.copyOf(targets);
    }

    /** The same indicator with an achievement rate Sakuin computed. */
    public Indicator withComputedAchievement(String rate) {
        return new Indicator(id, name, kind, unit, baseline, actuals, rate, true, targets, description, documentId,
                section, page, source);
    }
}
