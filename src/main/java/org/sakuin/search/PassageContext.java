package org.sakuin.search;

import java.util.List;

/**
 * A hit read in its section, as 会議録 services show a whole 発言: the passage, the headings of its section, and
 * the passages of that section before and after it in the plan.
 *
 * @param hit      the passage as a hit (town, plan, page, source), without a snippet
 * @param text     the passage's whole text
 * @param headings the section's headings, outermost first, without the labels (○成果指標) inside it
 */
public record PassageContext(SearchHit hit, String text, List<String> headings, List<Neighbour> before,
                             List<Neighbour> after) {

    public PassageContext {
        headings = List.copyOf(headings);
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** A passage beside the hit: where it is (its page and full section path) and its whole text. */
    public record Neighbour(String passageId, int page, String section, String text) {
    }
}
