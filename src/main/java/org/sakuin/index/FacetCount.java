package org.sakuin.index;

/** One facet value and how many matching passages have it. */
public record FacetCount(String value, int count) {
}
