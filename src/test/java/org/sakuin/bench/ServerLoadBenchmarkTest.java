package org.sakuin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Each client goes round all the queries, from an offset of its own. */
class ServerLoadBenchmarkTest {

    private static final List<String> QUERIES = List.of("a", "b", "c");

    @Test
    void clientIStartsAtQueryIAndGoesRound() {
        assertThat(LongStream.range(0, 4).mapToObj(step -> ServerLoadBenchmark.query(QUERIES, 0, step)))
                .containsExactly("a", "b", "c", "a");
        assertThat(LongStream.range(0, 4).mapToObj(step -> ServerLoadBenchmark.query(QUERIES, 2, step)))
                .containsExactly("c", "a", "b", "c");
    }

    @Test
    void moreClientsThanQueriesWrapAround() {
        assertThat(ServerLoadBenchmark.query(QUERIES, 4, 0)).isEqualTo("b");
    }
}
