package org.sakuin.web;

import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SourceLink;

/**
 * The address of an indicator's source page as a link that works outside the server, in a spreadsheet:
 * this server's {@code /source/{document}}, with {@code #page=N} where the file has pages, which PDF viewers
 * open at that page.
 *
 * @param base the server's address as the client reached it, e.g. {@code https://sakuin.example.jp}
 */
record SourceAddress(String base) {

    String of(IndicatorEntry indicator) {
        return of(indicator.documentId(), indicator.file(), indicator.page());
    }

    String of(SearchHit hit) {
        return of(hit.documentId(), hit.file(), hit.page());
    }

    private String of(String documentId, String file, int page) {
        return base + SourceLink.path(documentId, file, page);
    }
}
