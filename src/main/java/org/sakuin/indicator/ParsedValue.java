package org.sakuin.indicator;

/**
 * A table cell read as a figure.
 *
 * @param value     number without separators ("41383", "12.2") or the qualitative wording ("現状維持"); null if empty
 * @param unit      the unit written with the number (%, 人, 世帯 …), else null
 * @param fy        a fiscal year written with the value, "152 (H27)" → 2015, else null
 * @param qualifier 以上/以下/未満/超 written after the number, else null
 * @param raw       the cell as written
 */
record ParsedValue(String value, String unit, Integer fy, String qualifier, String raw) {

    boolean isEmpty() {
        return value == null;
    }

    boolean isNumber() {
        return value != null && !value.isEmpty() && (Character.isDigit(value.charAt(0)) || value.charAt(0) == '-'
                && value.length() > 1);
    }
}
