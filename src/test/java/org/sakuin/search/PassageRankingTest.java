package org.sakuin.search;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexSettings;
import org.sakuin.index.PlanIndex;

/** Ranking on the embedded index: {@link RankingScenarios} (the cluster's side is in {@link RankingParityTest}). */
class PassageRankingTest {

    @TempDir
    static Path indexFolder;
    private static PlanIndex index;

    @BeforeAll
    static void ingest() throws IOException {
        index = RankingScenarios.ingested(IndexSettings.embedded(indexFolder));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aPlansOwnSectionOutranksABulletinsMention() {
        RankingScenarios.aPlansOwnSectionOutranksABulletinsMention(new SearchService(index));
    }

    @Test
    void otherSpellingsOfAWordAreFoundAndMarked() {
        RankingScenarios.otherSpellingsOfAWordAreFoundAndMarked(new SearchService(index));
    }

    @Test
    void homophonesWithOtherKanjiDoNotFindEachOther() {
        RankingScenarios.homophonesWithOtherKanjiDoNotFindEachOther(new SearchService(index));
    }
}
