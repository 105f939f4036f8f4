package org.sakuin.cli;

import java.nio.file.Path;
import org.sakuin.index.IndexSettings;
import picocli.CommandLine.Option;

/** The {@code --index DIR} every command takes. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    IndexSettings settings() {
        return IndexSettings.embedded(folder);
    }
}
