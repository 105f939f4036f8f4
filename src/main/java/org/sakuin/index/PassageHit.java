package org.sakuin.index;

/** One passage that matched, with what a result list shows of it. */
public record PassageHit(String passageId, String documentId, String file, String municipality, String prefecture,
                         String title, String planType, int page, String section, float score, String snippet) {
}
