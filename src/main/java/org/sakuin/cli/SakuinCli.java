package org.sakuin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sakuin.jar ingest|search|suggest|indicators|ask|serve|bench|reindex|user}. Without a command it serves the bundled corpus,
 * which is what {@code ./mvnw spring-boot:run} does.
 */
@Command(name = "sakuin", mixinStandardHelpOptions = true, version = "Sakuin 0.1",
        description = "Searchable archive and question-answering index for Japanese municipal plans.",
        subcommands = {IngestCommand.class, SearchCommand.class, SuggestCommand.class, IndicatorsCommand.class,
                AskCommand.class, ServeCommand.class, BenchCommand.class, ReindexCommand.class, UserCommand.class})
public final class SakuinCli {

    /** Held so the setting survives garbage collection of unreferenced JUL loggers. */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    /** The command line with its subcommands, reporting bad input in one line. */
    static CommandLine commandLine() {
        return new CommandLine(new SakuinCli()).setExecutionExceptionHandler(SakuinCli::reportBadInput);
    }

    /**
     * Bad input (a query of exclusions only, an index folder that holds none, a cluster that cannot be reached) is
     * the user's to fix: one line saying what is wrong, exit code 2 for bad arguments and 1 for files, and no stack
     * trace.
     */
    private static int reportBadInput(Exception e, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        // an unreachable cluster arrives unchecked, from inside a search
        if (!(e instanceof IllegalArgumentException) && !(e instanceof IOException)
                && !(e instanceof UncheckedIOException)) {
            throw e;
        }
        // "sakuin search: …", "sakuin user add: …"
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        return e instanceof IllegalArgumentException ? 2 : 1;
    }

    public static void main(String[] args) {
        // Sakuin stores no vectors: Lucene's hint about the Vector API module is noise on a command line
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        CommandLine cli = commandLine();
        int exitCode = cli.execute(effective);
        if (!(effective[0].equals("serve") && exitCode == 0)) {
            System.exit(exitCode);
        }
    }
}
