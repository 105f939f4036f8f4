package org.sakuin.plan;

/** A policy area (政策分野) and its sub-area, e.g. 子育て・教育 › 学校教育. */
public record PolicyArea(String area, String subarea) {

    public static final String SEPARATOR = " › ";

    public String path() {
        return area + SEPARATOR + subarea;
    }
}
