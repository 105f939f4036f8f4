package org.sakuin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "indicators", description = "List extracted indicators (成果指標, 評価指標, KPI). Not yet available.")
final class IndicatorsCommand extends NotYetCommand {

    @Mixin
    IndexOption index;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--limit", defaultValue = "50")
    int limit;

    @Option(names = "--municipality")
    String municipality;

    @Parameters(arity = "0..*", paramLabel = "QUERY")
    List<String> words = List.of();

    @Override
    String what() {
        return "Indicator extraction";
    }
}
