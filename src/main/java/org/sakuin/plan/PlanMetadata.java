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

    /**
     * This metadata as a fallback for a plan another source says is {@code town}'s: the prefecture read from the text
     * belongs to the town read from it, so for another town it is that town's own prefecture if only one has a town
     * of that name, else unknown. Unchanged when {@code town} is null or the town read.
     */
    public PlanMetadata inPrefectureOf(String town) {
        if (town == null || town.equals(municipality)) {
            return this;
        }
        var towns = Gazetteer.japan().named(town);
        String itsPrefecture = towns.size() == 1 ? towns.getFirst().prefecture() : null;
        return new PlanMetadata(municipality, itsPrefecture, title, planType, period);
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
