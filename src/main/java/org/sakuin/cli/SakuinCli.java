package org.sakuin.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sakuin.jar ingest|search|suggest|indicators|ask|serve|bench}. Without a command it serves the bundled corpus,
 * which is what {@code ./mvnw spring-boot:run} does.
 */
@Command(name = "sakuin", mixinStandardHelpOptions = true, version = "Sakuin 0.1",
        description = "Searchable archive and question-answering index for Japanese municipal plans.",
        subcommands = {IngestCommand.class, SearchCommand.class, SuggestCommand.class, IndicatorsCommand.class,
                AskCommand.class, ServeCommand.class, BenchCommand.class})
public final class SakuinCli {

    /** Held so the setting survives garbage collection of unreferenced JUL loggers. */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        // Sakuin stores no vectors: Lucene's hint about the Vector API module is noise on a command line
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        CommandLine cli = new CommandLine(new SakuinCli());
        int exitCode = cli.execute(effective);
        if (!(effective[0].equals("serve") && exitCode == 0)) {
            System.exit(exitCode);
        }
    }
}
