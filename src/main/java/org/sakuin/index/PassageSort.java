package org.sakuin.index;

import java.util.Locale;
import java.util.Optional;

/** The order of passage hits: the best match first, or the newest plan first. */
public enum PassageSort {

    RELEVANCE,
    /** By the first fiscal year of the passage's plan, newest first; plans of no known period last; ties by relevance. */
    YEAR;

    /** The name in an address or on the command line: {@code relevance}, {@code year}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order an address names, or empty for a name that is none. */
    public static Optional<PassageSort> of(String parameter) {
        for (PassageSort sort : values()) {
            if (sort.parameter().equals(parameter)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
