package org.sakuin.ui;

import org.sakuin.search.SearchHit;

/** Links to the original files, served by the web package's source endpoint. */
final class SourceLinks {

    private SourceLinks() {
    }

    /** PDF viewers open {@code #page=N} at that page; other formats ignore the fragment. */
    static String of(SearchHit hit) {
        return "/source/" + hit.documentId() + "#page=" + hit.page();
    }
}
