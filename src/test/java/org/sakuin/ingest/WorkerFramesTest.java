package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.PlanContent;
import org.sakuin.plan.PlanMetadata;

/** What a worker sends back is what it read: every type of a plan's content survives its JSON frame. */
class WorkerFramesTest {

    @Test
    void theSeedsAndTheCorpusRoundTripUnchanged() throws IOException, IngestException {
        List<PlanContent> read = new ArrayList<>();
        try (PlanReader reader = new PlanReader(IngestSettings.IN_PROCESS, true);
             Stream<Path> files = Stream.concat(Files.list(Path.of("corpus")), seeds())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                read.add(reader.read(new PlanReading.Request(file.toString(), file.getFileName().toString(), "h",
                        PlanMetadata.UNKNOWN)));
            }
        }
        assertThat(read).hasSizeGreaterThan(5);
        // the types that need more than strings and numbers: periods of fiscal years, enums, areas, sections
        assertThat(read).anySatisfy(c -> assertThat(c.document().metadata().period()).isNotNull());
        assertThat(read).anySatisfy(c -> assertThat(c.areas()).isNotEmpty());
        assertThat(read.stream().flatMap(c -> c.indicators().stream()).flatMap(WorkerFramesTest::values)
                .map(IndicatorValue::qualifier)).isNotEmpty().anyMatch(q -> q != null);
        for (PlanContent content : read) {
            assertThat(roundTrip(WorkerFrames.Reply.of(content)).content()).isEqualTo(content);
        }
    }

    @Test
    void aFailureRoundTripsAndTheEndOfTheStreamIsNull() throws IOException {
        assertThat(roundTrip(WorkerFrames.Reply.failed("parse timed out after 2 s")))
                .isEqualTo(new WorkerFrames.Reply(null, "parse timed out after 2 s"));
        assertThat(WorkerFrames.read(new DataInputStream(new ByteArrayInputStream(new byte[0])), String.class))
                .isNull();
    }

    private static Stream<IndicatorValue> values(Indicator indicator) {
        return Stream.concat(indicator.targets().stream(), indicator.actuals().stream());
    }

    private static Stream<Path> seeds() throws IOException {
        Path seeds = Path.of("..", "shared", "seeds");
        return Files.isDirectory(seeds) ? Files.list(seeds) : Stream.empty();
    }

    private static WorkerFrames.Reply roundTrip(WorkerFrames.Reply reply) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkerFrames.write(new DataOutputStream(bytes), reply);
        return WorkerFrames.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                WorkerFrames.Reply.class);
    }
}
