package org.sakuin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} every command takes. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path folder;
}
