package org.sakuin.plan;

/**
 * One figure of an indicator: a baseline, an actual or a target.
 *
 * @param value the figure as the plan gives it after NFKC, without thousands separators ("41383", "12.2",
 *              "現状維持"), or null when the plan leaves the cell empty
 * @param fy    the fiscal year it refers to, or null when the plan does not say
 * @param raw   the cell as written, e.g. "41,383世帯" or "152 (H27)"
 */
public record IndicatorValue(String value, Integer fy, String raw) {
}
