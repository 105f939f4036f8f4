package org.sakuin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sakuin.SakuinApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
        "Start the web UI and REST API. The corpus folder is ingested in the background on start-up,",
        "and new, changed and deleted files in it are picked up."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--corpus", defaultValue = "corpus",
            description = "Folder to keep ingested (default: ${DEFAULT-VALUE}; skipped when missing).")
    Path corpus;

    @Override
    public Integer call() {
        SakuinApplication.start("--sakuin.index=" + index.folder, "--sakuin.corpus=" + corpus, "--server.port=" + port);
        return 0;
    }
}
