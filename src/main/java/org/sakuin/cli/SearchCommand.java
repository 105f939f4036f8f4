package org.sakuin.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.PassageSort;
import org.sakuin.index.PlanIndexes;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchResults;
import org.sakuin.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {
        "Full-text search: words are AND-ed; OR, -exclusion and \"phrases\" work as in web search."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Mixin
    FilterOptions filters;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.")
    int offset;

    @Option(names = "--sort", defaultValue = "relevance",
            description = "relevance (best match first, the default) or year (the plan's first year, newest first).")
    String sort;

    @Option(names = "--fy-from", description = "Only what concerns this fiscal year or later (with --fy-to, a range).")
    Integer fyFrom;

    @Option(names = "--fy-to", description = "Only what concerns this fiscal year or earlier.")
    Integer fyTo;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Search words.")
    List<String> words = List.of();

    @Override
    public Integer call() throws Exception {
        try (PlanIndex archive = PlanIndexes.openForReading(index.settings())) {
            warnIfOutdated(archive);
            PassageSort order = PassageSort.of(sort).orElseThrow(
                    () -> new IllegalArgumentException("--sort must be relevance or year"));
            SearchResults results = new SearchService(archive).search(new SearchRequest(String.join(" ", words),
                    filters.toFilter().withYearRange(fyFrom, fyTo), offset, limit, null, order));
            System.out.println(json ? Json.write(results) : humanReadable(results));
            return 0;
        }
    }

    /** An index of an older analysis still answers, less well: say so, on stderr so that --json stays one object. */
    private static void warnIfOutdated(PlanIndex index) {
        long outdated = index.files().stream().filter(f -> !f.analysisCurrent()).count();
        if (outdated > 0) {
            System.err.printf("注意: %d 件のファイルは古い解析で索引されています。ingest を再実行してください。%n", outdated);
        }
    }

    private static String humanReadable(SearchResults results) {
        StringBuilder out = new StringBuilder(results.total() + " passages match\n");
        if (results.didYouMean() != null) {
            out.append(String.format("もしかして: %s  (%d passages)%n", results.didYouMean().query(),
                    results.didYouMean().total()));
        }
        if (results.relaxation() != null) {
            out.append(String.format("「%s」を除いて検索: %s  (%d passages)%n", results.relaxation().dropped(),
                    results.relaxation().query(), results.relaxation().total()));
        }
        int rank = 1;
        for (SearchHit hit : results.hits()) {
            out.append(String.format("%n%d. %s  %s  p.%d  (%.2f)%n   %s%n   %s%n", rank++,
                    nullToDash(hit.municipality()), nullToDash(hit.title()), hit.page(), hit.score(), hit.section(),
                    hit.snippet().replace("<mark>", "【").replace("</mark>", "】").replace("\n", " ")));
            out.append("   ").append(hit.file()).append('\n');
        }
        return out.toString();
    }

    private static String nullToDash(String value) {
        return value == null ? "-" : value;
    }
}
