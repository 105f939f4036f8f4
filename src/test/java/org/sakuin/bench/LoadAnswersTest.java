package org.sakuin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An answer during the load is right unless something committed went missing or was stored twice. */
class LoadAnswersTest {

    private final LoadAnswers answers = new LoadAnswers(Map.of("防災",
            new LoadAnswers.Answer(3, List.of("a#1", "b#4", "a#2"), List.of("a", "b", "a"))));

    @Test
    void newPlansMayAddHitsAndPushTheOldOnesDown() {
        assertThat(answers.right("防災", body(5, "a#1", "a", "n#3", "n", "b#4", "b"))).isTrue();
        assertThat(answers.right("防災", body(4, "n#3", "n", "n#7", "n", "b#4", "b"))).isTrue();
    }

    @Test
    void fewerMatchesAPassageTwiceOrTheFirstHitGoneWithNothingNewAreWrong() {
        assertThat(answers.right("防災", body(2, "a#1", "a", "b#4", "b"))).as("fewer matches").isFalse();
        assertThat(answers.right("防災", body(3, "a#1", "a", "a#1", "a", "b#4", "b"))).as("twice").isFalse();
        assertThat(answers.right("防災", body(3, "b#4", "b", "a#2", "a", "b#5", "b"))).as("first gone").isFalse();
        assertThat(answers.right("防災", "<html>".getBytes(StandardCharsets.UTF_8))).as("no JSON").isFalse();
    }

    /** A search answer of that total and hits, given as passage id, document id, …. */
    private static byte[] body(int total, String... passageAndDocument) {
        StringBuilder hits = new StringBuilder();
        for (int i = 0; i < passageAndDocument.length; i += 2) {
            hits.append(i == 0 ? "" : ",").append("{\"passageId\":\"").append(passageAndDocument[i])
                    .append("\",\"documentId\":\"").append(passageAndDocument[i + 1]).append("\"}");
        }
        return ("{\"total\":" + total + ",\"hits\":[" + hits + "]}").getBytes(StandardCharsets.UTF_8);
    }
}
