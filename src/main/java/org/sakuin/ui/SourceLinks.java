package org.sakuin.ui;

import org.sakuin.qa.AnswerSource;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SourceLink;

/** Links to the original files, served by the web package's source endpoint. */
final class SourceLinks {

    private SourceLinks() {
    }

    static String of(SearchHit hit) {
        return of(hit.documentId(), hit.file(), hit.page());
    }

    static String of(IndicatorEntry indicator) {
        return of(indicator.documentId(), indicator.file(), indicator.page());
    }

    static String of(AnswerSource source) {
        return of(source.documentId(), source.file(), source.page());
    }

    static boolean hasPages(AnswerSource source) {
        return hasPages(source.file(), source.page());
    }

    static boolean hasPages(SearchHit hit) {
        return hasPages(hit.file(), hit.page());
    }

    static boolean hasPages(IndicatorEntry indicator) {
        return hasPages(indicator.file(), indicator.page());
    }

    static boolean isPdf(SearchHit hit) {
        return SourceLink.isPdf(hit.file());
    }

    static String fileName(SearchHit hit) {
        if (hit.file() == null) {
            return "";
        }
        String file = hit.file().replace('\\', '/');
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static String of(String documentId, String file, int page) {
        return SourceLink.path(documentId, file, page);
    }

    private static boolean hasPages(String file, int page) {
        return SourceLink.hasPages(file, page);
    }
}
