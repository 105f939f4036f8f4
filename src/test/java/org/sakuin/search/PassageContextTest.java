package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.sakuin.plan.Section;

/** A hit read in its section, and the indicators a hit shows, on the bundled corpus. */
class PassageContextTest {

    @TempDir
    static Path temp;
    private static LuceneIndex index;
    private static SearchService search;

    @BeforeAll
    static void ingest() throws IOException {
        index = LuceneIndex.openForWriting(temp.resolve("index"));
        try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(Path.of("corpus")), IngestListener.NONE);
        }
        search = new SearchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aHitIsReadWithThePassagesOfItsSectionAroundIt() {
        SearchHit hit = search.search(SearchRequest.of("自治会加入世帯数", 1)).hits().getFirst();

        PassageContext context = search.passageContext(hit.passageId()).orElseThrow();

        assertThat(context.hit().passageId()).isEqualTo(hit.passageId());
        assertThat(context.headings()).last().asString().startsWith("第1項 地域コミュニティ");
        assertThat(context.text()).contains("自治会加入世帯数");
        assertThat(context.before()).isNotEmpty().anySatisfy(p -> assertThat(p.section()).endsWith("○施策の現状"));
        assertThat(context.before()).extracting(PassageContext.Neighbour::passageId).doesNotContain(hit.passageId());
        assertThat(context.after()).extracting(PassageContext.Neighbour::passageId).doesNotContain(hit.passageId());
        List<PassageContext.Neighbour> all = new java.util.ArrayList<>(context.before());
        all.addAll(context.after());
        assertThat(all).allSatisfy(p -> assertThat(Section.parse(p.section()).headings())
                .startsWith(context.headings().toArray(String[]::new)));
        assertThat(all).noneMatch(p -> p.section().contains("第2項 市民活動"));
    }

    @Test
    void anUnknownPassageHasNoContext() {
        assertThat(search.passageContext("nothing#0")).isEmpty();
    }

    @Test
    void aHitShowsOnlyTheIndicatorsOfItsOwnPlan() {
        SearchHit iruma = search.search(SearchRequest.of("自治会加入世帯数", 1)).hits().getFirst();
        String asahikawaIndicator = search.indicators(IndicatorRequest.of("上川中部定住自立圏", 1)).indicators()
                .getFirst().id();
        List<String> mixed = new java.util.ArrayList<>(iruma.indicatorIds());
        mixed.add(asahikawaIndicator);
        SearchHit linkedElsewhere = new SearchHit(iruma.file(), iruma.municipality(), iruma.prefecture(),
                iruma.title(), iruma.planType(), iruma.page(), iruma.section(), iruma.areas(), iruma.score(),
                iruma.snippet(), mixed, iruma.documentId(), iruma.passageId(), iruma.subareas(),
                iruma.areaEvidence());

        Map<String, List<IndicatorEntry>> shown = search.indicatorsOf(List.of(linkedElsewhere));

        assertThat(shown.get(iruma.passageId())).isNotEmpty()
                .extracting(IndicatorEntry::municipality).containsOnly("入間市");
        assertThat(shown.get(iruma.passageId())).extracting(IndicatorEntry::id)
                .containsExactlyElementsOf(iruma.indicatorIds());
    }
}
