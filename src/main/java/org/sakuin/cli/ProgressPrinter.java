package org.sakuin.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.sakuin.ingest.FileOutcome;
import org.sakuin.ingest.IngestListener;

/**
 * One line per file on stdout; on a terminal also a progress bar on stderr that redraws in place.
 */
final class ProgressPrinter implements IngestListener {

    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal = System.console() != null;
    private int total;
    private int done;

    ProgressPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void started(int files) {
        total = files;
        out.printf("%d files to look at%n", files);
    }

    @Override
    public void fileDone(Path file, FileOutcome outcome) {
        done++;
        if (terminal) {
            err.print("\r\033[K");
        }
        String what = switch (outcome.status()) {
            case INGESTED -> outcome.passages() + " passages";
            case UNCHANGED -> "unchanged";
            case FAILED -> "FAILED: " + outcome.reason();
        };
        out.printf("[%d/%d] %s … %s (%d ms)%n", done, total, file, what, outcome.millis());
        if (terminal && done < total) {
            int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
            err.printf("[%s%s] %d/%d", "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), done, total);
        }
    }
}
