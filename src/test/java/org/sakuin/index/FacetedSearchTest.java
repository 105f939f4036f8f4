package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/** One pass gives the hits, total and counts that counting and drill-sideways gave, with or without a selection. */
class FacetedSearchTest {

    private static final List<String> DIMENSIONS = List.of(IndexFields.AREA, IndexFields.MUNICIPALITY,
            IndexFields.PREFECTURE, IndexFields.PLAN_TYPE, IndexFields.PLAN, IndexFields.FY);
    private static final FacetsConfig CONFIG = LuceneDocuments.facetsConfig();
    private static final LuceneQueryBuilder QUERIES = new LuceneQueryBuilder(BigramAnalyzer.forQuery(), CONFIG,
            SearchProfile.SAKUIN);

    @TempDir
    static Path temp;

    @BeforeAll
    static void ingest() throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(temp.resolve("index"));
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(Path.of("corpus")), IngestListener.NONE);
        }
    }

    @Test
    void withoutASelectionCountsAsDrillSidewaysDid() throws IOException {
        assertSameAsDrillSideways(query("連携", PassageFilter.NONE));
        assertSameAsDrillSideways(query("", PassageFilter.NONE));
    }

    @Test
    void aSelectedMunicipalityStillCountsTheOtherMunicipalities() throws IOException {
        FacetedSearch.Hits all = search(query("連携", PassageFilter.NONE));
        FacetedSearch.Hits iruma = search(query("連携", new PassageFilter("入間市", null, null, null, null, null)));

        assertThat(iruma.facets().get(IndexFields.MUNICIPALITY)).hasSizeGreaterThan(1)
                .isEqualTo(all.facets().get(IndexFields.MUNICIPALITY));
        assertSameAsDrillSideways(query("連携", new PassageFilter("入間市", null, null, null, null, null)));
    }

    @Test
    void aQueryMatchingNothingHasNoCounts() throws IOException {
        FacetedSearch.Hits none = search(query("存在しないはずの語彙ぞなもし", PassageFilter.NONE));

        assertThat(none.total()).isZero();
        assertThat(none.facets()).containsOnlyKeys(DIMENSIONS).allSatisfy((dim, counts) -> assertThat(counts).isEmpty());
    }

    private static DrillDownQuery query(String text, PassageFilter filter) {
        List<List<QueryTerm>> required = text.isEmpty() ? List.of() : List.of(List.of(new QueryTerm(text, false)));
        return QUERIES.passages(new PassageQuery(required, List.of(), filter, 10));
    }

    private static FacetedSearch.Hits search(DrillDownQuery query) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(temp.resolve("index")))) {
            return new FacetedSearch(CONFIG).search(new IndexSearcher(reader), query, 10, DIMENSIONS);
        }
    }

    private static void assertSameAsDrillSideways(DrillDownQuery query) throws IOException {
        FacetedSearch.Hits hits = search(query);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(temp.resolve("index")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
            DrillSideways.DrillSidewaysResult sideways = new DrillSideways(searcher, CONFIG, state).search(query, 10);

            assertThat(hits.total()).isPositive().isEqualTo(searcher.count(query));
            assertThat(Arrays.stream(hits.top().scoreDocs).map(d -> d.doc).toList())
                    .isEqualTo(Arrays.stream(sideways.hits.scoreDocs).map(d -> d.doc).toList());
            for (String dim : DIMENSIONS) {
                var expected = sideways.facets.getTopChildren(50, dim);
                Map<String, Integer> counts = expected == null ? Map.of() : Arrays.stream(expected.labelValues)
                        .collect(Collectors.toMap(lv -> lv.label, lv -> lv.value.intValue()));
                assertThat(hits.facets().get(dim)).as(dim)
                        .allSatisfy(c -> assertThat(counts).containsEntry(c.value(), c.count()))
                        .hasSize(counts.size());
            }
        }
    }
}
