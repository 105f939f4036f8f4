package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings and mapping of a cluster index: the analysis of {@link ClusterAnalysis}, the fields of
 * {@link ClusterDocuments}, and in its {@code _meta} the analysis version it was built with, so that an index built
 * by an older Sakuin is recognised as such.
 */
final class ClusterMapping {

    static final String ANALYSIS_META = "sakuin_analysis";
    private static final List<String> JAPANESE_FIELDS = List.of(TEXT, SECTION, META, NAME, DESCRIPTION);
    private static final List<String> KEYWORDS = List.of(ClusterDocuments.RECORD, ID, DOCUMENT_ID, MUNICIPALITY,
            PREFECTURE, PLAN, PLAN_TYPE, FY, AREA, ClusterDocuments.AREA_TOP, INDICATOR_KIND, UNIT);
    /** Kept in the source, never searched. */
    private static final List<String> STORED_ONLY = List.of(FILE, ANALYSIS, FILE_RECORD, VOCABULARY, INDICATOR_IDS,
            AREAS, AREA_EVIDENCE);

    /** Fields sorted by, never searched: doc values only. */
    static final Map<String, Object> SORT_FIELDS = Map.of(PLAN_YEAR, Map.of("type", "integer", "index", false));

    private ClusterMapping() {
    }

    /** The body that creates the index; {@code replicas} as a range that follows the nodes there are ("0-1"). */
    static Map<String, Object> index(String analysis, int shards, String replicas) {
        return Map.of(
                "settings", Map.of("number_of_shards", shards, "auto_expand_replicas", replicas,
                        "analysis", ClusterAnalysis.settings()),
                "mappings", mappings(analysis));
    }

    private static Map<String, Object> mappings(String analysis) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> analysed = new ArrayList<>();
        for (String field : JAPANESE_FIELDS) {
            properties.put(field, Map.of("type", "text", "analyzer", ClusterAnalysis.JAPANESE,
                    "search_analyzer", ClusterAnalysis.JAPANESE_SEARCH));
            properties.put(bigramFieldOf(field), Map.of("type", "text", "analyzer", ClusterAnalysis.BIGRAMS,
                    "search_analyzer", ClusterAnalysis.BIGRAMS_SEARCH));
            analysed.add(field);
            analysed.add(bigramFieldOf(field));
        }
        // the variant keys are computed in Java (VariantKeyAnalyzer): the cluster only splits them
        properties.put(TEXT_VARIANTS, Map.of("type", "text", "analyzer", "whitespace"));
        analysed.add(TEXT_VARIANTS);
        properties.put(PRIOR, Map.of("type", "float", "index", false));
        KEYWORDS.forEach(field -> properties.put(field, Map.of("type", "keyword")));
        STORED_ONLY.forEach(field -> properties.put(field, Map.of("type", "keyword", "index", false,
                "doc_values", false)));
        properties.put(PAGE, Map.of("type", "integer", "index", false));
        properties.put(ORDINAL, Map.of("type", "integer", "index", false));
        properties.putAll(SORT_FIELDS);
        properties.put(ClusterDocuments.STORED, Map.of("type", "object", "enabled", false));
        return Map.of(
                "dynamic", "strict",
                "_meta", Map.of(ANALYSIS_META, analysis),
                // the normalised copies are for the index alone: hits show the texts as written
                "_source", Map.of("excludes", analysed),
                "properties", properties);
    }
}
