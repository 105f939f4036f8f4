package org.sakuin.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The alias Sakuin reaches its cluster index by, and the index behind it, named by the analysis it was built with
 * ({@code sakuin-3-…}): an index built by a Sakuin that analysed otherwise is recognised, and can be rebuilt beside
 * it and the alias switched, without a moment with no index.
 */
final class ClusterIndexes {

    private static final Logger log = LoggerFactory.getLogger(ClusterIndexes.class);

    private final ClusterClient client;
    private final String alias;
    private final int shards;

    ClusterIndexes(ClusterClient client, String alias, int shards) {
        this.client = client;
        this.alias = alias;
        this.shards = shards;
    }

    ClusterIndexes(ClusterClient client, String alias) {
        this(client, alias, 1);
    }

    boolean exists() {
        return !client.get("/_alias/" + alias, 404).has("status");
    }

    /** The index the alias names now, or null. */
    String current() {
        JsonNode aliases = client.get("/_alias/" + alias, 404);
        return aliases.has("status") || aliases.isEmpty() ? null : aliases.propertyNames().iterator().next();
    }

    /** The analysis the index behind the alias was built with. */
    String analysisOf(String index) {
        return client.get("/" + index + "/_mapping").path(index).path("mappings").path("_meta")
                .path(ClusterMapping.ANALYSIS_META).asString();
    }

    void createIfMissing() {
        String current = current();
        if (current == null) {
            String index = create(AnalysisVersion.CURRENT);
            client.post("/_aliases", Map.of("actions", List.of(Map.of("add", Map.of("index", index, "alias", alias)))));
            log.info("created the cluster index {} (alias {})", index, alias);
        } else if (!AnalysisVersion.CURRENT.equals(analysisOf(current))) {
            log.warn("the cluster index {} was built with another analysis ({}): its plans are re-ingested into it, "
                    + "and `reindex` rebuilds it with this one", current, analysisOf(current));
            // its mapping is strict: the plans written again bring the fields sorted by since
            client.send("PUT", "/" + current + "/_mapping", Map.of("properties", ClusterMapping.SORT_FIELDS));
        }
    }

    /** A new index for the analysis; one replica where there is a second node, none on a single-node cluster. */
    String create(String analysis) {
        String index = alias + "-" + analysis.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (client.get("/" + index, 404).has(index)) {
            // a rebuild with the analysis the index already has: a name of its own, beside it
            index += "-" + Long.toString(System.currentTimeMillis(), 36);
        }
        client.send("PUT", "/" + index, ClusterMapping.index(analysis, shards, "0-1"));
        client.get("/_cluster/health/" + index + "?wait_for_status=yellow&timeout=30s");
        return index;
    }

    /** Points the alias from one index to the other in one step, then drops the old one. */
    void switchAlias(String from, String to) {
        client.post("/_aliases", Map.of("actions", List.of(
                Map.of("remove", Map.of("index", from, "alias", alias)),
                Map.of("add", Map.of("index", to, "alias", alias)))));
        drop(from);
        log.info("the alias {} now names {}; {} was dropped", alias, to, from);
    }

    void drop(String index) {
        client.send("DELETE", "/" + index, null, 404);
    }
}
