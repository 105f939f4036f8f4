package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sakuin.index.IndexSettings;
import org.sakuin.index.PlanIndex;

/**
 * What ranking must do on a small mixed archive (src/test/resources/mixed-archive: a plan, and a town bulletin that
 * mentions one of its subjects in passing), asserted alike on either backend.
 */
final class RankingScenarios {

    static final Path MIXED_ARCHIVE = Path.of("src/test/resources/mixed-archive");
    static final String PLAN = "midori_sogokeikaku_kouki.txt";
    static final String BULLETIN = "koho_midori_r6_05.md";
    /** The queries the scenarios ask, for comparing backends hit for hit. */
    static final List<String> QUERIES = List.of("地域公共交通", "貸出", "申込", "機関");

    private RankingScenarios() {
    }

    /** An index of the mixed archive. */
    static PlanIndex ingested(IndexSettings settings) throws IOException {
        return BackendParityTest.ingested(settings, List.of(MIXED_ARCHIVE));
    }

    /** The plan's section on 地域公共交通 outranks the bulletin's mention, its body above its bare heading. */
    static void aPlansOwnSectionOutranksABulletinsMention(SearchService search) {
        List<SearchHit> hits = search.search(SearchRequest.of("地域公共交通", 10)).hits();
        List<String> files = hits.stream().map(h -> Path.of(h.file()).getFileName().toString()).toList();
        assertThat(files).contains(BULLETIN);
        assertThat(files.subList(0, files.indexOf(BULLETIN))).isNotEmpty().containsOnly(PLAN);
        assertThat(hits.getFirst().section()).endsWith("】");
        // demoted, not hidden: the heading alone is still a hit
        assertThat(hits).anyMatch(h -> h.snippet().strip().equals("第2節 <mark>地域公共交通</mark>の確保"));
    }

    /** 貸出 finds 貸し出し and 申込 finds 申し込み, marked as written in the snippet. */
    static void otherSpellingsOfAWordAreFoundAndMarked(SearchService search) {
        assertThat(search.search(SearchRequest.of("貸出", 10)).hits()).singleElement()
                .extracting(SearchHit::snippet).asString().contains("<mark>貸し出し</mark>");
        assertThat(search.search(SearchRequest.of("申込", 10)).hits()).singleElement()
                .extracting(SearchHit::snippet).asString().contains("<mark>申し込み</mark>");
    }

    /** 機関 is read キカン as 期間 is, but written with other kanji: it does not find the 計画期間. */
    static void homophonesWithOtherKanjiDoNotFindEachOther(SearchService search) {
        assertThat(search.search(SearchRequest.of("機関", 10)).hits())
                .noneMatch(h -> h.snippet().contains("<mark>期間</mark>"));
    }
}
