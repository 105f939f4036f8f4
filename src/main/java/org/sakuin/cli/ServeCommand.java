package org.sakuin.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.sakuin.SakuinApplication;
import org.sakuin.index.IndexSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
        "Start the web UI and REST API. The corpus folder is ingested in the background on start-up, and",
        "watched: files copied into it (or any folder below it), changed or deleted while the server runs",
        "are ingested or removed 2 s after the last change."})
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
        List<String> args = new ArrayList<>(List.of("--sakuin.index=" + index.folder, "--sakuin.corpus=" + corpus,
                "--server.port=" + port));
        IndexSettings settings = index.settings();
        if (settings.backend() == IndexSettings.Backend.OPENSEARCH) {
            // the password comes as $SAKUIN_OPENSEARCH_PASSWORD, which Spring reads as sakuin.opensearch.password
            args.add("--sakuin.backend=opensearch");
            args.add("--sakuin.opensearch.url=" + settings.cluster().nodes().stream().map(URI::toString)
                    .collect(Collectors.joining(",")));
            args.add("--sakuin.opensearch.index=" + settings.cluster().index());
            args.add("--sakuin.opensearch.shards=" + settings.cluster().shards());
            if (settings.cluster().user() != null) {
                args.add("--sakuin.opensearch.user=" + settings.cluster().user());
            }
        }
        SakuinApplication.start(args.toArray(String[]::new));
        return 0;
    }
}
