package org.sakuin.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchService;

/**
 * A Word plan printed to PDF by LibreOffice and to text by {@code pdftotext -layout}, at test time: the
 * indicators read from the layout text are those read from the Word file, names, baselines and targets.
 */
@Tag("rendering")
class LayoutTextRenderingTest {

    @TempDir
    Path folder;

    @Test
    void layoutTextOfAPrintedWordPlanYieldsTheWordPlansIndicators() throws Exception {
        assumeTrue(onPath("soffice") && onPath("pdftotext"), "needs LibreOffice and poppler-utils");
        Path docx = Files.createDirectories(folder.resolve("docx")).resolve("anzen_keikaku.docx");
        LayoutTextSamplePlan.write(docx);
        Path pdf = folder.resolve("anzen_keikaku.pdf");
        run("soffice", "--headless", "-env:UserInstallation=file://" + folder.resolve("profile"),
                "--convert-to", "pdf", "--outdir", folder.toString(), docx.toString());
        Path txt = Files.createDirectories(folder.resolve("txt")).resolve("anzen_keikaku.txt");
        run("pdftotext", "-layout", pdf.toString(), txt.toString());

        Map<String, String> fromWord = indicators(docx.getParent());
        Map<String, String> fromText = indicators(txt.getParent());
        assertThat(fromWord).hasSize(19);
        assertThat(fromText).isEqualTo(fromWord);
    }

    /** Each indicator found in a folder's files, by name: its baseline and targets. */
    private Map<String, String> indicators(Path plans) throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(folder.resolve("index-" + plans.getFileName()))) {
            try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
                assertThat(ingest.ingest(List.of(plans), IngestListener.NONE).failures()).isEmpty();
            }
            return new SearchService(index).indicators(IndicatorRequest.of("", 1000)).indicators().stream()
                    .collect(Collectors.toMap(IndicatorEntry::name, LayoutTextRenderingTest::figures, (a, b) -> a));
        }
    }

    private static String figures(IndicatorEntry entry) {
        return (entry.baseline() == null ? "-" : entry.baseline().fy() + ":" + entry.baseline().value()) + " → "
                + entry.targets().stream().map(LayoutTextRenderingTest::figure).collect(Collectors.joining(";"));
    }

    private static String figure(IndicatorValue value) {
        return value.fy() + ":" + value.value();
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
        assertThat(process.exitValue()).as(command[0] + " exit code").isZero();
    }
}
