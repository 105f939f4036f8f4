package org.sakuin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline is measured over the same work as Sakuin: the same files, bytes and passages. */
class IngestBenchmarkTest {

    @Test
    void theBaselineIndexesEveryPassageSakuinIngested(@TempDir Path work) throws IOException {
        IngestBenchmark.Result result = IngestBenchmark.measure(List.of(Path.of("corpus")), work);

        assertThat(result.sakuin().files()).isGreaterThan(3);
        assertThat(result.sakuin().passages()).isGreaterThan(50);
        assertThat(result.bareLucene().passages()).isEqualTo(result.sakuin().passages());
        assertThat(result.bareLucene().bytes()).isEqualTo(result.sakuin().bytes()).isPositive();
    }
}
