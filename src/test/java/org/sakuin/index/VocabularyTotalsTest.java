package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTotalsTest {

    private static final VocabularyEntry BRIDGE = new VocabularyEntry(Suggestion.Kind.WORD, "月影橋", "ツキカゲ バシ",
            "tsukikage bashi", 2);
    private static final VocabularyEntry COUNCIL = new VocabularyEntry(Suggestion.Kind.MEASURE, "星空観光協議会",
            "ホシゾラ カンコウ キョウギカイ", "hoshizora kankou kyougikai", 1);

    @Test
    void aPlanTakenOutLeavesWhatTheOthersContribute() {
        VocabularyTotals totals = VocabularyTotals.of(List.of(List.of(BRIDGE, COUNCIL), List.of(BRIDGE.plus(3))));

        totals.remove(List.of(BRIDGE, COUNCIL));

        assertThat(totals.words()).containsOnlyKeys(VocabularyWord.key(BRIDGE.kind(), BRIDGE.surface()));
        assertThat(totals.words().values()).singleElement()
                .satisfies(word -> assertThat(word.plans()).isOne())
                .satisfies(word -> assertThat(word.entry().occurrences()).isEqualTo(5));
        assertThat(totals.words()).isEqualTo(VocabularyTotals.of(List.of(List.of(BRIDGE.plus(3)))).words());
    }

    @Test
    void theTotalsReadBackAreTheTotalsWritten(@TempDir Path folder) throws IOException {
        VocabularyTotals totals = VocabularyTotals.of(List.of(List.of(BRIDGE, COUNCIL), List.of(BRIDGE)));

        totals.write(folder.resolve("totals"));

        assertThat(VocabularyTotals.read(folder.resolve("totals")).words()).isEqualTo(totals.words());
    }
}
