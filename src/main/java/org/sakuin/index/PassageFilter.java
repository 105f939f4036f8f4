package org.sakuin.index;

import java.util.List;
import java.util.Objects;

/**
 * Exact restrictions on what a search returns, by facet: within one facet any listed value matches (OR),
 * across facets all must (AND). An empty list means no restriction. A policy area is its name
 * ("子育て・教育") or its path with the sub-area ("子育て・教育 › 学校教育").
 */
public record PassageFilter(List<String> municipalities, List<String> prefectures, List<String> planTypes,
                            List<String> plans, List<Integer> fiscalYears, List<String> areas) {

    public static final PassageFilter NONE = new PassageFilter(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public PassageFilter {
        municipalities = present(municipalities);
        prefectures = present(prefectures);
        planTypes = present(planTypes);
        plans = present(plans);
        fiscalYears = fiscalYears == null ? List.of() : fiscalYears.stream().filter(Objects::nonNull).toList();
        areas = present(areas);
    }

    /** One value per facet, null for none: what the command line's single options give. */
    public PassageFilter(String municipality, String prefecture, String planType, String plan, Integer fy,
                         String area) {
        this(one(municipality), one(prefecture), one(planType), one(plan), fy == null ? List.of() : List.of(fy),
                one(area));
    }

    private static List<String> one(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static List<String> present(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

}
