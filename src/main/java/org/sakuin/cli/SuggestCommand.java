package org.sakuin.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.PlanIndexes;
import org.sakuin.index.Suggestion;
import org.sakuin.search.SearchService;
import org.sakuin.search.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "suggest", description = {
        "Complete what is typed so far, as the search box does: the plans' words, measure headings and",
        "indicator names containing it, or whose reading starts with it (じちかい → 自治会加入率)."})
final class SuggestCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--limit", defaultValue = "5", description = "Suggestions of each kind (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(arity = "1..*", paramLabel = "TEXT")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        try (PlanIndex archive = PlanIndexes.openForReading(index.settings())) {
            Suggestions suggestions = new SearchService(archive).suggest(String.join(" ", words), limit);
            System.out.println(json ? Json.write(suggestions) : humanReadable(suggestions.suggestions()));
            return 0;
        }
    }

    private static String humanReadable(List<Suggestion> suggestions) {
        StringBuilder out = new StringBuilder();
        suggestions.forEach(s -> out.append(String.format("%s  %s  (%d plans)%n", s.kind().label(), s.text(),
                s.plans())));
        return out.isEmpty() ? "no suggestions" : out.toString().stripTrailing();
    }
}
