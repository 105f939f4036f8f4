package org.sakuin.index;

import org.sakuin.plan.Indicator;
import org.sakuin.plan.PlanMetadata;

/** An indicator with the plan it belongs to and the file it was read from. */
public record IndicatorHit(Indicator indicator, PlanMetadata plan, String file, float score) {
}
