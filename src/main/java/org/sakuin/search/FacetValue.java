package org.sakuin.search;

/** A facet value with its count of matching passages. */
public record FacetValue(String value, int count) {
}
