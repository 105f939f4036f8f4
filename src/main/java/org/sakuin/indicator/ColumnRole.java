package org.sakuin.indicator;

/** What a column of an indicator table holds. */
enum ColumnRole {
    NAME, UNIT, BASELINE, ACTUAL, ACHIEVEMENT, TARGET, DESCRIPTION, OTHER;

    boolean holdsFigures() {
        return this == BASELINE || this == ACTUAL || this == ACHIEVEMENT || this == TARGET;
    }
}
