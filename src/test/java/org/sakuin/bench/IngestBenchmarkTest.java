package org.sakuin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baselines are measured over the same work as Sakuin: the same files, bytes and passages. */
class IngestBenchmarkTest {

    @TempDir
    static Path work;
    private static IngestBenchmark.Result result;

    @BeforeAll
    static void measure() throws IOException {
        result = IngestBenchmark.measure(List.of(Path.of("corpus")), work);
    }

    @Test
    void theBaselineIndexesEveryPassageSakuinIngested() {
        assertThat(result.sakuin().files()).isGreaterThan(3);
        assertThat(result.sakuin().passages()).isGreaterThan(50);
        assertThat(result.bareLucene().passages()).isEqualTo(result.sakuin().passages());
        assertThat(result.bareLucene().bytes()).isEqualTo(result.sakuin().bytes()).isPositive();
    }

    @Test
    void tikaAloneReadsEveryFileSakuinIngested() {
        assertThat(result.tikaAlone().files()).isEqualTo(result.sakuin().files());
        assertThat(result.tikaAlone().bytes()).isEqualTo(result.sakuin().bytes());
        assertThat(result.tikaAlone().seconds()).isPositive();
    }
}
