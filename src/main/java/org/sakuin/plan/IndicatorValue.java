package org.sakuin.plan;

/**
 * One figure of an indicator: a baseline, an actual or a target.
 *
 * @param value     the figure after NFKC, without thousands separators and with 万/千/億 multiplied out ("41383",
 *                  "12.2", "12000" for 1.2万人; the lower bound of a range), or the words of a qualitative target
 *                  ("現状維持"), or null when the plan leaves the cell empty
 * @param fy        the fiscal year it refers to, or null when the plan does not say
 * @param raw       the cell as written, e.g. "41,383世帯", "152 (H27)", "5年間で3人"
 * @param unit      the unit written with the figure, multiplier taken out ("人" for 1.2万人), or null when the cell
 *                  writes none (the indicator's unit then applies)
 * @param qualifier how the figure bounds the target (以上, 程度, 維持 …), or null when it says nothing
 * @param basis     the period the figure counts over, or null for a level at a point in time
 * @param upper     the upper bound of a range ("85" of 80〜85%), else null
 */
public record IndicatorValue(String value, Integer fy, String raw, String unit, Qualifier qualifier, Basis basis,
                             String upper) {

    /** A figure without unit, qualifier or basis of its own. */
    public IndicatorValue(String value, Integer fy, String raw) {
        this(value, fy, raw, null, null, null, null);
    }

    /** How a target bounds the figure, as the words around it say. */
    public enum Qualifier {
        /** 以上, 現状値以上. */
        AT_LEAST,
        /** 以下, 以内. */
        AT_MOST,
        /** 未満. */
        BELOW,
        /** 超. */
        ABOVE,
        /** 約, 程度, 前後. */
        ABOUT,
        /** 現状維持, 100%を維持. */
        MAINTAIN,
        /** 増加, 向上, 10ポイント増. */
        INCREASE,
        /** 減少, 削減, 10%減. */
        DECREASE
    }

    /** What the figure counts over, when it is not a level at one point in time. */
    public enum Basis {
        /** A total over the plan period: 5年間で3人, 累計100件, 計500人. */
        CUMULATIVE,
        /** Each year: 年40人, 毎年40人, 年間40人, 12,000人/年. */
        PER_YEAR,
        /** A change from the baseline, not a level: 10ポイント増, 20%削減. */
        CHANGE
    }
}
