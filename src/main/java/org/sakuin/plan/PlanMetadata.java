package org.sakuin.plan;

/**
 * What a plan is: whose (municipality, prefecture), which (title, plan type) and when (period).
 * Any part may be unknown (null) when neither the manifest nor the text says it.
 */
public record PlanMetadata(String municipality, String prefecture, String title, String planType, PlanPeriod period) {

    public static final PlanMetadata UNKNOWN = new PlanMetadata(null, null, null, null, null);

    /** This metadata with the blanks filled from {@code fallback}. */
    public PlanMetadata orElse(PlanMetadata fallback) {
        return new PlanMetadata(
                municipality != null ? municipality : fallback.municipality,
                prefecture != null ? prefecture : fallback.prefecture,
                title != null ? title : fallback.title,
                planType != null ? planType : fallback.planType,
                period != null ? period : fallback.period);
    }
}
