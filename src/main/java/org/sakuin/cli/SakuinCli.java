package org.sakuin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sakuin.jar ingest|search|indicators|ask|serve}. Without a command it serves the bundled corpus,
 * which is what {@code ./mvnw spring-boot:run} does.
 */
@Command(name = "sakuin", mixinStandardHelpOptions = true, version = "Sakuin 0.1",
        description = "Searchable archive and question-answering index for Japanese municipal plans.",
        subcommands = {IngestCommand.class, SearchCommand.class, IndicatorsCommand.class, AskCommand.class,
                ServeCommand.class})
public final class SakuinCli {

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        CommandLine cli = new CommandLine(new SakuinCli());
        int exitCode = cli.execute(effective);
        if (!(effective[0].equals("serve") && exitCode == 0)) {
            System.exit(exitCode);
        }
    }
}
