package org.sakuin.index;

/** Exact restrictions on passages; null means no restriction. */
public record PassageFilter(String municipality, String prefecture, String planType, String plan, Integer fy,
                            String area) {

    public static final PassageFilter NONE = new PassageFilter(null, null, null, null, null, null);
}
