package org.sakuin.cli;

import java.util.concurrent.Callable;
import org.sakuin.index.IndexRebuild;
import org.sakuin.index.PlanIndexes;
import org.sakuin.ingest.IngestReport;
import org.sakuin.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", description = {
        "Rebuild a cluster's index with this Sakuin's analysis: every file it holds is ingested again into a new",
        "index beside the one searched, then the alias moves to the new one and the old one is dropped.",
        "Searches go on meanwhile. When a file cannot be ingested again, nothing changes (exit code 1)."})
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Override
    public Integer call() throws Exception {
        try (IndexRebuild rebuild = PlanIndexes.rebuild(index.settings());
             IngestService ingest = new IngestService(rebuild.target())) {
            IngestReport report = ingest.reingest(rebuild.files(), new ProgressPrinter(System.out, System.err));
            if (!report.allIngested()) {
                report.failures().forEach(f -> System.err.println("failed: " + f.file() + ": " + f.reason()));
                System.err.printf("%d of %d files could not be ingested again: the index searched is left as it "
                        + "was%n", report.failures().size(), report.failures().size() + report.ingested());
                return 1;
            }
            rebuild.switchOver();
            System.out.printf("%d files (%d passages) ingested again in %.1f s → %s%n", report.ingested(),
                    report.passages(), report.millis() / 1000.0, index.settings().describe());
            return 0;
        }
    }
}
