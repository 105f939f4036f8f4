package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sakuin.plan.PlanContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The archive on an OpenSearch cluster: the same records, fields and analysis as the embedded index, reached by an
 * alias whose index records the analysis it was built with. Writes are visible after {@link #commit()} (a refresh);
 * each write is durable once acknowledged (the cluster's translog). Snippets, suggestions and did-you-mean are made
 * in Java, as the embedded index makes them.
 */
public final class OpenSearchIndex implements PlanIndex {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchIndex.class);
    private static final long FILES_KEPT_NANOS = 1_000_000_000L;
    private static final Map<String, String> PASSAGE_FACETS = facets(List.of(AREA, MUNICIPALITY, PREFECTURE,
            PLAN_TYPE, PLAN, FY));
    private static final Map<String, String> INDICATOR_FACETS = facets(List.of(AREA, MUNICIPALITY, PREFECTURE,
            PLAN_TYPE, PLAN, FY, INDICATOR_KIND, UNIT));

    private final ClusterClient client;
    private final ClusterRecords records;
    private final String alias;
    private final ClusterDocuments documents = new ClusterDocuments(AnalysisVersion.CURRENT);
    private final ClusterQueries queries = new ClusterQueries();
    private final ClusterFacetedSearch facetedSearch;
    private final ClusterSnippets snippets = new ClusterSnippets();
    private final ClusterSimilarity similarity;
    private final ClusterVocabulary vocabulary = new ClusterVocabulary();
    /** The file list as last read, forgotten on each write of this process; another's shows within a second. */
    private volatile Listed listed;

    private record Listed(List<IndexedFile> files, long at) {
    }

    /** Whether the index is known to exist and the vocabulary was gathered; false for a server started before its cluster. */
    private volatile boolean ready;

    /** The primary shards of an index this creates. */
    private final int shards;

    OpenSearchIndex(ClusterClient client, String alias, int shards, boolean ready) {
        this.ready = ready;
        this.shards = shards;
        this.client = client;
        this.alias = alias;
        this.records = new ClusterRecords(client, alias);
        this.facetedSearch = new ClusterFacetedSearch(client, alias);
        this.similarity = new ClusterSimilarity(client, alias);
    }

    /**
     * Opens the cluster's index for ingesting and searching, creating it (and its alias) when there is none. A server
     * may start while its cluster is down: it then says the archive is unreachable until the cluster answers, and
     * creates the index and gathers the vocabulary then.
     */
    public static OpenSearchIndex openForWriting(IndexSettings.Cluster cluster) {
        OpenSearchIndex index = new OpenSearchIndex(new ClusterClient(cluster), cluster.index(), cluster.shards(),
                false);
        try {
            index.ready();
        } catch (ArchiveUnavailableException e) {
            log.warn("{}: searches and ingests will say so until it answers", e.getMessage());
        } catch (RuntimeException e) {
            index.client.close();
            throw e;
        }
        return index;
    }

    /** Opens the cluster's index for searching; fails when nothing was ingested into it yet. */
    public static OpenSearchIndex openForReading(IndexSettings.Cluster cluster) throws IOException {
        ClusterClient client = new ClusterClient(cluster);
        try {
            if (!new ClusterIndexes(client, cluster.index()).exists()) {
                throw new IOException("no Sakuin index " + cluster.index() + " on the cluster " + cluster.nodes()
                        + ": run `ingest --backend opensearch …` first");
            }
            OpenSearchIndex index = new OpenSearchIndex(client, cluster.index(), cluster.shards(), false);
            index.ready();
            return index;
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Makes sure the index exists and the vocabulary is gathered, once; an unreachable cluster throws. */
    private void ready() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (!ready) {
                new ClusterIndexes(client, alias, shards).createIfMissing();
                gatherVocabulary();
                ready = true;
            }
        }
    }

    private static Map<String, String> facets(List<String> dimensions) {
        Map<String, String> facets = new LinkedHashMap<>();
        dimensions.forEach(d -> facets.put(d, d.equals(AREA) ? ClusterDocuments.AREA_TOP : d));
        return facets;
    }

    @Override
    public Optional<IndexedFile> file(String documentId) {
        ready();
        return records.byIds(KIND_DOCUMENT, List.of(documentId)).stream().findFirst().map(documents::toIndexedFile);
    }

    /** The search page lists towns by prefecture on every search: the list is read again at most once a second. */
    @Override
    public List<IndexedFile> files() {
        ready();
        Listed kept = listed;
        if (kept != null && System.nanoTime() - kept.at() < FILES_KEPT_NANOS) {
            return kept.files();
        }
        List<IndexedFile> files = new ArrayList<>();
        records.scan(KIND_DOCUMENT, List.of(FILE_RECORD), source -> files.add(documents.toIndexedFile(source)));
        files.sort(Comparator.comparing(f -> f.document().file()));
        listed = new Listed(List.copyOf(files), System.nanoTime());
        return listed.files();
    }

    /**
     * The file's record goes first and comes back last: a crash in between leaves the plan without one, so the next
     * ingest writes it again rather than taking it for unchanged.
     */
    @Override
    public void replace(PlanContent content) {
        ready();
        listed = null;
        String documentId = content.document().id();
        List<ClusterDocuments.Source> sources = documents.toCluster(content);
        records.delete(List.of(ClusterDocuments.idOf(KIND_DOCUMENT, documentId)));
        records.write(sources.subList(0, sources.size() - 1));
        records.deleteOthers(documentId, sources.stream().map(ClusterDocuments.Source::id).toList());
        records.write(sources.subList(sources.size() - 1, sources.size()));
    }

    @Override
    public void delete(String documentId) {
        ready();
        listed = null;
        records.refresh();
        records.deleteOthers(documentId, List.of());
    }

    @Override
    public void commit() {
        checkpoint();
        gatherVocabulary();
    }

    @Override
    public void checkpoint() {
        ready();
        records.refresh();
        listed = null;
    }

    private void gatherVocabulary() {
        List<String> plans = new ArrayList<>();
        records.scan(KIND_DOCUMENT, List.of(VOCABULARY), source -> plans.add(source.path(VOCABULARY).asString()));
        vocabulary.rebuild(plans);
        log.debug("vocabulary of {} plans gathered from {}", plans.size(), alias);
    }

    @Override
    public PassageResults search(PassageQuery query) {
        ready();
        List<ClusterQueries.Selection> selections = ClusterQueries.selections(query.filter());
        ClusterFacetedSearch.Hits found = facetedSearch.search(
                ClusterQueries.inYearRange(queries.passages(query), query.filter()), selections, PASSAGE_FACETS,
                0, query.topN(), ClusterQueries.sort(query.sort()));
        List<PassageHit> hits = new ArrayList<>(found.sources().size());
        for (int i = 0; i < found.sources().size(); i++) {
            hits.add(ClusterDocuments.toPassageHit(found.sources().get(i), found.scores().get(i)));
        }
        return new PassageResults(found.total(), query.snippets() ? snippets.attach(query, hits) : hits,
                found.facets());
    }

    @Override
    public List<PassageHit> withSnippets(PassageQuery query, List<PassageHit> hits) {
        ready();
        return snippets.attach(query, hits);
    }

    @Override
    public int count(PassageQuery query) {
        ready();
        return records.count(ClusterQueries.filtered(ClusterQueries.inYearRange(queries.passages(query), query.filter()),
                ClusterQueries.selections(query.filter())));
    }

    @Override
    public int count(IndicatorQuery query) {
        ready();
        return records.count(ClusterQueries.filtered(queries.indicators(query), ClusterQueries.selections(query)));
    }

    @Override
    public List<PassageHit> documentPassages(String passageId) {
        ready();
        return records.byIds(KIND_PASSAGE, List.of(passageId)).stream().findFirst()
                .map(source -> records.ofDocument(KIND_PASSAGE, source.path(DOCUMENT_ID).asString()).stream()
                        .sorted(Comparator.comparingInt(passage -> passage.path(ORDINAL).asInt()))
                        .map(passage -> ClusterDocuments.toPassageHit(passage, 0)).toList())
                .orElse(List.of());
    }

    @Override
    public List<PassageHit> similarPassages(String passageId, int limit) {
        ready();
        return records.byIds(KIND_PASSAGE, List.of(passageId)).stream().findFirst()
                .map(source -> ClusterDocuments.toPassageHit(source, 0))
                .map(source -> snippets.attachSimilar(source, similarity.passagesLike(source, limit)))
                .orElse(List.of());
    }

    @Override
    public IndicatorResults searchIndicators(IndicatorQuery query) {
        ready();
        ClusterFacetedSearch.Hits found = facetedSearch.search(queries.indicators(query),
                ClusterQueries.selections(query), INDICATOR_FACETS, query.offset(), query.limit());
        List<IndicatorHit> hits = new ArrayList<>(found.sources().size());
        for (int i = 0; i < found.sources().size(); i++) {
            hits.add(ClusterDocuments.toIndicatorHit(found.sources().get(i), found.scores().get(i)));
        }
        return new IndicatorResults(found.total(), hits, found.facets());
    }

    @Override
    public List<IndicatorHit> indicators(List<String> ids) {
        ready();
        Map<String, IndicatorHit> found = new LinkedHashMap<>();
        for (JsonNode source : records.byIds(KIND_INDICATOR, ids)) {
            IndicatorHit hit = ClusterDocuments.toIndicatorHit(source, 0);
            found.put(hit.indicator().id(), hit);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<IndicatorHit> indicatorsNamedLike(String text, PassageFilter filter, int limit) {
        ready();
        return similarity.indicatorsNamedLike(text, ClusterQueries.selections(filter), null, limit);
    }

    @Override
    public List<IndicatorHit> similarIndicators(String id, int limit) {
        ready();
        List<IndicatorHit> found = indicators(List.of(id));
        if (found.isEmpty()) {
            return List.of();
        }
        IndicatorHit source = found.getFirst();
        return similarity.indicatorsNamedLike(source.indicator().name(), List.of(),
                ClusterSimilarity.own(source.plan().municipality(), source.indicator().documentId()), limit);
    }

    @Override
    public List<Suggestion> suggest(String typed, int perKind) {
        ready();
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return vocabulary.read(words -> words.suggest(typed, perKind), List.of());
    }

    @Override
    public Optional<String> spellingCorrection(String word) {
        ready();
        if (word == null || word.isBlank() || records.count(queries.verbatim(word)) > 0) {
            return Optional.empty();
        }
        return vocabulary.read(words -> words.correct(word), Optional.empty());
    }

    @Override
    public void close() throws IOException {
        try {
            vocabulary.close();
        } finally {
            client.close();
        }
    }
}
