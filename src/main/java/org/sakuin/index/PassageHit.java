package org.sakuin.index;

import java.util.List;

/**
 * One passage that matched, with what a result list shows of it, the ids of its section's indicators and its
 * policy areas as paths ("子育て・教育 › 学校教育") with the terms and headings that assigned them, and its whole
 * text.
 */
public record PassageHit(String passageId, String documentId, String file, String municipality, String prefecture,
                         String title, String planType, int page, String section, float score, String snippet,
                         List<String> indicatorIds, List<String> areas, List<String> areaEvidence, String text) {

    public PassageHit withSnippet(String snippet) {
        return new PassageHit(passageId, documentId, file, municipality, prefecture, title, planType, page, section,
                score, snippet, indicatorIds, areas, areaEvidence, text);
    }
}
