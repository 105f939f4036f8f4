package org.sakuin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", description = "Answer a question with its cited source. Not yet available.")
final class AskCommand extends NotYetCommand {

    @Mixin
    IndexOption index;

    @Option(names = "--json")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION")
    List<String> words;

    @Override
    String what() {
        return "Question answering";
    }
}
