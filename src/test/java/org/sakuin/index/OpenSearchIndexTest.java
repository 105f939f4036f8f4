package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestReport;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.sakuin.opensearch.OpenSearchCluster;
import tools.jackson.databind.JsonNode;

/** Writing to the cluster: plans replaced and deleted leave nothing behind, and a node lost mid-ingest loses nothing. */
@Tag("cluster")
@ExtendWith(OpenSearchCluster.Extension.class)
class OpenSearchIndexTest {

    private static final Path EXTRA_CORPUS = Path.of("src/test/resources/extra-corpus");

    @TempDir
    Path plans;

    @Test
    void aChangedPlanReplacesItsRecordsAndADeletedOneLeavesNone(OpenSearchCluster cluster) throws IOException {
        IndexSettings settings = settings(cluster, "replace");
        Path plan = Files.writeString(plans.resolve("a.txt"), "第1章 交通\n月影橋の架け替えを進めます。\n\n第2章 観光\n星空観光を進めます。\n");
        try (PlanIndex index = PlanIndexes.openForWriting(settings); IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.synchronize(plans, IngestListener.NONE);
            assertThat(count(index, "星空")).isOne();

            Files.writeString(plan, "第1章 交通\n月影橋の耐震化を進めます。\n");
            IngestReport again = ingest.synchronize(plans, IngestListener.NONE);
            assertThat(again.ingested()).isOne();
            assertThat(count(index, "星空")).as("the old passage is gone").isZero();
            assertThat(count(index, "耐震化")).isOne();
            assertThat(index.files()).singleElement().extracting(IndexedFile::passages).isEqualTo(again.passages());

            Files.delete(plan);
            assertThat(ingest.synchronize(plans, IngestListener.NONE).removed()).isOne();
            assertThat(index.files()).isEmpty();
            assertThat(count(index, "月影橋")).isZero();
        }
    }

    @Test
    void searchesGoOnWhileANodeIsKilledAndIngestResumesWithoutLossOrDuplicates(OpenSearchCluster cluster)
            throws Exception {
        for (int copy = 0; copy < 3; copy++) {
            Path folder = Files.createDirectories(plans.resolve("copy" + copy));
            try (Stream<Path> files = Files.list(EXTRA_CORPUS)) {
                for (Path file : files.filter(f -> !f.getFileName().toString().equals("README.md")).toList()) {
                    Files.copy(file, folder.resolve(file.getFileName()));
                }
            }
        }
        int expected = embeddedPassages();
        // two primary shards, one on each node, and their replicas on the other
        IndexSettings settings = IndexSettings.opensearch(new IndexSettings.Cluster(cluster.nodeUris(), "faults", null,
                null, 2));
        try (PlanIndex index = PlanIndexes.openForWriting(settings); IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS);
             ExecutorService background = Executors.newSingleThreadExecutor()) {
            ingest.ingest(List.of(plans.resolve("copy0")), IngestListener.NONE);
            // a replica that is still being copied cannot stand in for its primary: the case is a replicated index
            awaitGreen(settings);
            int before = count(index, "計画");
            assertThat(before).isPositive();

            Future<?> rest = background.submit(() -> {
                try {
                    return ingest.ingest(List.of(plans), IngestListener.NONE);
                } catch (IOException | RuntimeException e) {
                    return e;
                }
            });
            cluster.killNode(1);
            assertThat(count(index, "計画")).as("searches answer with a node down").isGreaterThanOrEqualTo(before);
            rest.get();
            cluster.restartNode(1);
            awaitGreen(settings);

            IngestReport resumed = ingest.ingest(List.of(plans), IngestListener.NONE);
            assertThat(resumed.failures()).isEmpty();
            assertThat(index.files()).hasSize(3 * fileCount());
            assertThat(index.files().stream().mapToInt(IndexedFile::passages).sum()).isEqualTo(3 * expected);
            assertThat(index.count(new PassageQuery(List.of(), List.of(), PassageFilter.NONE, 1)))
                    .as("no passage lost or written twice").isEqualTo(3 * expected);
        }
    }

    @Test
    void anIndexOfAnOlderAnalysisIsRebuiltBesideItThenTheAliasMoves(OpenSearchCluster cluster) throws IOException {
        IndexSettings settings = settings(cluster, "rebuild");
        Path plan = Files.writeString(plans.resolve("a.txt"), "第1章 交通\n月影橋の架け替えを進めます。\n");
        Files.writeString(plans.resolve("b.txt"), "第1章 観光\n星空観光を進めます。\n");
        String older;
        try (ClusterClient client = new ClusterClient(settings.cluster())) {
            ClusterIndexes indexes = new ClusterIndexes(client, "rebuild");
            older = indexes.create("2-000000000000");
            client.post("/_aliases", Map.of("actions", List.of(Map.of("add",
                    Map.of("index", older, "alias", "rebuild")))));
        }
        try (PlanIndex index = PlanIndexes.openForWriting(settings); IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.synchronize(plans, IngestListener.NONE);
        }

        Files.delete(plan);
        try (IndexRebuild rebuild = PlanIndexes.rebuild(settings);
             IngestService ingest = new IngestService(rebuild.target(), IngestSettings.IN_PROCESS)) {
            assertThat(ingest.reingest(rebuild.files(), IngestListener.NONE).failures()).hasSize(1);
        }
        try (ClusterClient client = new ClusterClient(settings.cluster())) {
            assertThat(new ClusterIndexes(client, "rebuild").current()).as("a failed rebuild changes nothing")
                    .isEqualTo(older);
        }

        Files.writeString(plan, "第1章 交通\n月影橋の架け替えを進めます。\n");
        try (IndexRebuild rebuild = PlanIndexes.rebuild(settings);
             IngestService ingest = new IngestService(rebuild.target(), IngestSettings.IN_PROCESS)) {
            assertThat(ingest.reingest(rebuild.files(), IngestListener.NONE).ingested()).isEqualTo(2);
            try (PlanIndex searched = PlanIndexes.openForReading(settings)) {
                assertThat(count(searched, "月影橋")).as("the old index answers meanwhile").isOne();
            }
            rebuild.switchOver();
        }
        try (ClusterClient client = new ClusterClient(settings.cluster());
             PlanIndex index = PlanIndexes.openForReading(settings)) {
            ClusterIndexes indexes = new ClusterIndexes(client, "rebuild");
            assertThat(indexes.analysisOf(indexes.current())).isEqualTo(AnalysisVersion.CURRENT);
            assertThat(client.get("/" + older, 404).has("status")).as("the old index is dropped").isTrue();
            assertThat(count(index, "月影橋")).isOne();
            assertThat(count(index, "星空")).isOne();
            assertThat(index.files()).hasSize(2);
        }
    }

    private static void awaitGreen(IndexSettings settings) {
        try (ClusterClient client = new ClusterClient(settings.cluster())) {
            JsonNode health = client.get("/_cluster/health/" + settings.cluster().index()
                    + "?wait_for_status=green&timeout=120s");
            assertThat(health.path("status").asString()).as(health.toString()).isEqualTo("green");
        }
    }

    /** The passages of one copy of the extra corpus, as the embedded index makes them. */
    private int embeddedPassages() throws IOException {
        Path folder = Files.createTempDirectory("embedded");
        try (PlanIndex index = PlanIndexes.openForWriting(IndexSettings.embedded(folder));
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            return ingest.ingest(List.of(plans.resolve("copy0")), IngestListener.NONE).passages();
        }
    }

    private int fileCount() throws IOException {
        try (Stream<Path> files = Files.list(plans.resolve("copy0"))) {
            return (int) files.filter(f -> !f.getFileName().toString().equals("sakuin-manifest.csv")).count();
        }
    }

    private static IndexSettings settings(OpenSearchCluster cluster, String alias) {
        return IndexSettings.opensearch(new IndexSettings.Cluster(cluster.nodeUris(), alias, null, null));
    }

    private static int count(PlanIndex index, String word) {
        return index.count(new PassageQuery(List.of(List.of(new QueryTerm(word, false))), List.of(),
                PassageFilter.NONE, 1));
    }
}
