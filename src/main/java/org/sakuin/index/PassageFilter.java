package org.sakuin.index;

import java.util.List;
import java.util.Objects;

/**
 * Exact restrictions on what a search returns, by facet: within one facet any listed value matches (OR),
 * across facets all must (AND). An empty list means no restriction. A policy area is its name
 * ("子育て・教育") or its path with the sub-area ("子育て・教育 › 学校教育").
 *
 * @param fiscalYearFrom with {@code fiscalYearTo}, a range of fiscal years (either end open when null): a passage
 *                       about any year within it matches; AND-ed with the years ticked in {@code fiscalYears}
 */
public record PassageFilter(List<String> municipalities, List<String> prefectures, List<String> planTypes,
                            List<String> plans, List<Integer> fiscalYears, List<String> areas,
                            Integer fiscalYearFrom, Integer fiscalYearTo) {

    public static final PassageFilter NONE = new PassageFilter(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public PassageFilter {
        municipalities = present(municipalities);
        prefectures = present(prefectures);
        planTypes = present(planTypes);
        plans = present(plans);
        fiscalYears = fiscalYears == null ? List.of() : fiscalYears.stream().filter(Objects::nonNull).toList();
        areas = present(areas);
        if (fiscalYearFrom != null && fiscalYearTo != null && fiscalYearFrom > fiscalYearTo) {
            throw new IllegalArgumentException("the fiscal years run from " + fiscalYearFrom + " to an earlier "
                    + fiscalYearTo);
        }
    }

    /** Without a range of years. */
    public PassageFilter(List<String> municipalities, List<String> prefectures, List<String> planTypes,
                         List<String> plans, List<Integer> fiscalYears, List<String> areas) {
        this(municipalities, prefectures, planTypes, plans, fiscalYears, areas, null, null);
    }

    /** The same restrictions with the fiscal years within {@code from}–{@code to} (null: open at that end). */
    public PassageFilter withYearRange(Integer from, Integer to) {
        return new PassageFilter(municipalities, prefectures, planTypes, plans, fiscalYears, areas, from, to);
    }

    public boolean hasYearRange() {
        return fiscalYearFrom != null || fiscalYearTo != null;
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
