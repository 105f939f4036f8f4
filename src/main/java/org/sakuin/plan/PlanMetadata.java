package org.sakuin.plan;

import org.sakuin.gazetteer.Gazetteer;

/**
 * What a plan is: whose (municipality, prefecture), which (title, plan type) and when (period).
 * Any part may be unknown (null) when neither the manifest nor the text says it.
 */
public record PlanMetadata(String municipality, String prefecture, String title, String planType, PlanPeriod period) {

    public static final PlanMetadata UNKNOWN = new PlanMetadata(null, null, null, null, null);

    /**
     * The national local-government code of the municipality (112259 for 埼玉県入間市), worked out from the
     * municipality and prefecture rather than stored, so a manifest's town is coded too; null for a town the
     * gazetteer does not know (fictional, merged after 2023) or of no known prefecture.
     */
    public String municipalityCode() {
        return Gazetteer.japan().code(prefecture, municipality).orElse(null);
    }

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
