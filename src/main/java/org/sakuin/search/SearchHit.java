package org.sakuin.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.sakuin.gazetteer.Gazetteer;

/**
 * One hit as the CLI, REST API and UI show it (the JSON shape of {@code search --json}).
 *
 * @param areas    its policy areas (政策分野), top level
 * @param subareas the same as paths with their sub-area, "子育て・教育 › 学校教育"
 * @param areaEvidence why each area was assigned: the headings and terms that decided it
 */
public record SearchHit(String file, String municipality, String prefecture, String title, String planType, int page,
                        String section, List<String> areas, float score, String snippet, List<String> indicatorIds,
                        String documentId, String passageId, List<String> subareas, List<String> areaEvidence) {

    /** The town's national local-government code (112259), where the gazetteer knows the town and prefecture. */
    @JsonProperty
    public String municipalityCode() {
        return Gazetteer.japan().code(prefecture, municipality).orElse(null);
    }
}
