package org.sakuin.plan;

/**
 * A few hundred characters of a plan's text, inside one section and on one page: the unit of search.
 *
 * @param id      unique within the index: document id and ordinal
 * @param ordinal position of the passage in its document, from 0
 * @param page    1-based page the passage starts on
 */
public record Passage(String id, int ordinal, int page, Section section, String text) {
}
