package org.sakuin.search;

import java.util.Locale;

/** Where the original file of a hit is served ({@code /source/{documentId}}), at its page where it has pages. */
public final class SourceLink {

    private SourceLink() {
    }

    /** The path on this server; PDF viewers open {@code #page=N} at that page, other formats get no fragment. */
    public static String path(String documentId, String file, int page) {
        String source = "/source/" + documentId;
        return hasPages(file, page) ? source + "#page=" + page : source;
    }

    /**
     * Whether a page number means something to a reader: formats without pages (HTML, Word, text) are
     * ingested as a single page 1.
     */
    public static boolean hasPages(String file, int page) {
        return page > 1 || isPdf(file);
    }

    public static boolean isPdf(String file) {
        return file != null && file.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }
}
