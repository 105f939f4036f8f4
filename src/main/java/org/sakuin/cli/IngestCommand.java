package org.sakuin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.PlanIndexes;
import org.sakuin.ingest.IngestReport;
import org.sakuin.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = {
        "Ingest plan files and folders (recursively) into the index.",
        "Exit code 0 when every file was ingested, 1 when some could not be (named on stderr)."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to ingest.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        try (PlanIndex archive = PlanIndexes.openForWriting(index.settings());
             IngestService ingest = new IngestService(archive)) {
            IngestReport report = ingest.ingest(paths, new ProgressPrinter(System.out, System.err));
            report.failures().forEach(f -> System.err.println("failed: " + f.file() + ": " + f.reason()));
            System.out.printf("%d ingested (%d passages), %d unchanged, %d failed in %.1f s → %s%n",
                    report.ingested(), report.passages(), report.unchanged(), report.failures().size(),
                    report.millis() / 1000.0, index.settings().describe());
            return report.allIngested() ? 0 : 1;
        }
    }
}
