package org.sakuin.indicator;

import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.IndicatorValue.Basis;
import org.sakuin.plan.IndicatorValue.Qualifier;

/**
 * A table cell read as a figure.
 *
 * @param value     number without separators, multiplier applied ("41383", "12.2", "12000" for 1.2万人; the lower
 *                  bound of a range) or the qualitative wording ("現状維持"); null if empty
 * @param unit      the unit written with the number, without its multiplier (%, 人, 世帯 …), else null
 * @param fy        a fiscal year written with the value, "152 (H27)" → 2015, else null
 * @param qualifier 以上, 程度, 維持 … as the words around the figure say, else null
 * @param basis     cumulative, per year or a change, as the words say, else null
 * @param upper     the upper bound of a range (80〜85%), else null
 * @param raw       the cell as written
 */
record ParsedValue(String value, String unit, Integer fy, Qualifier qualifier, Basis basis, String upper, String raw) {

    static ParsedValue empty(String raw, Integer fy) {
        return new ParsedValue(null, null, fy, null, null, null, raw);
    }

    boolean isEmpty() {
        return value == null;
    }

    boolean isNumber() {
        return value != null && !value.isEmpty() && (Character.isDigit(value.charAt(0)) || value.charAt(0) == '-'
                && value.length() > 1);
    }

    /** The figure as an indicator keeps it; the column header's year applies when the cell writes none. */
    IndicatorValue toValue(Integer headerYear) {
        return new IndicatorValue(value, fy != null ? fy : headerYear, raw, unit, qualifier, basis, upper);
    }
}
