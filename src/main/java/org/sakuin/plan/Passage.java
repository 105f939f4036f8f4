package org.sakuin.plan;

import java.util.List;

/**
 * A few hundred characters of a plan's text, inside one section and on one page: the unit of search.
 *
 * @param id           unique within the index: document id and ordinal
 * @param ordinal      position of the passage in its document, from 0
 * @param page         1-based page the passage starts on
 * @param indicatorIds the indicators of the passage's section
 */
public record Passage(String id, int ordinal, int page, Section section, String text, List<String> indicatorIds) {

    public Passage {
        indicatorIds = List.copyOf(indicatorIds);
    }

    public Passage(String id, int ordinal, int page, Section section, String text) {
        this(id, ordinal, page, section, text, List.of());
    }

    public Passage withIndicators(List<String> ids) {
        return new Passage(id, ordinal, page, section, text, ids);
    }
}
