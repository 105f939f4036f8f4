package org.sakuin.web;

import org.sakuin.search.IndicatorEntry;

/**
 * The address of an indicator's source page as a link that works outside the server, in a spreadsheet:
 * this server's {@code /source/{document}} with {@code #page=N}, which PDF viewers open at that page and
 * other formats ignore.
 *
 * @param base the server's address as the client reached it, e.g. {@code https://sakuin.example.jp}
 */
record SourceAddress(String base) {

    String of(IndicatorEntry indicator) {
        return base + "/source/" + indicator.documentId() + (indicator.page() > 0 ? "#page=" + indicator.page() : "");
    }
}
