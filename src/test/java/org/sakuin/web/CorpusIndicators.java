package org.sakuin.web;

import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchService;

/** Indicators of the bundled corpus that tests name. */
public final class CorpusIndicators {

    private CorpusIndicators() {
    }

    /** The indicator with exactly this name; fails the test when the extraction did not find it. */
    public static IndicatorEntry named(SearchService search, String name) {
        return search.indicators(IndicatorRequest.of(name, 50)).indicators().stream()
                .filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator named " + name + " in the corpus"));
    }
}
