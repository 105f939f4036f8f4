package org.sakuin.index;

import java.util.List;

/** One passage that matched, with what a result list shows of it and the ids of its section's indicators. */
public record PassageHit(String passageId, String documentId, String file, String municipality, String prefecture,
                         String title, String planType, int page, String section, float score, String snippet,
                         List<String> indicatorIds) {
}
