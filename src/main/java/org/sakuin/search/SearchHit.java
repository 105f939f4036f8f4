package org.sakuin.search;

import java.util.List;

/** One hit as the CLI, REST API and UI show it (the JSON shape of {@code search --json}). */
public record SearchHit(String file, String municipality, String prefecture, String title, String planType, int page,
                        String section, List<String> areas, float score, String snippet, List<String> indicatorIds,
                        String documentId, String passageId) {
}
