package org.sakuin.ui;

import java.util.Locale;
import org.sakuin.search.SearchHit;

/** Links to the original files, served by the web package's source endpoint. */
final class SourceLinks {

    private SourceLinks() {
    }

    /** PDF viewers open {@code #page=N} at that page; other formats get the file without a fragment. */
    static String of(SearchHit hit) {
        String file = "/source/" + hit.documentId();
        return hasPages(hit) ? file + "#page=" + hit.page() : file;
    }

    /**
     * Whether the hit's page number means something to a reader: formats without pages (HTML, Word, text)
     * are ingested as a single page 1.
     */
    static boolean hasPages(SearchHit hit) {
        return hit.page() > 1 || (hit.file() != null && hit.file().toLowerCase(Locale.ROOT).endsWith(".pdf"));
    }

    static String fileName(SearchHit hit) {
        if (hit.file() == null) {
            return "";
        }
        String file = hit.file().replace('\\', '/');
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
