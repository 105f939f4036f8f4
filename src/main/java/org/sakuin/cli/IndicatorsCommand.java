package org.sakuin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.PlanIndexes;
import org.sakuin.indicator.ExtractionLog;
import org.sakuin.ingest.IndicatorExplanation;
import org.sakuin.layout.PdfLayout;
import org.sakuin.ingest.IndicatorExplainer;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorList;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "indicators", description = {
        "List extracted indicators (成果指標, 評価指標, KPI), optionally those whose names match QUERY."})
final class IndicatorsCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Mixin
    FilterOptions filters;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--limit", defaultValue = "50", description = "Indicators to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Indicators to skip.")
    int offset;



    @Option(names = "--kind", description = "Only this kind, e.g. 成果指標.")
    String kind;

    @Option(names = "--unit", description = "Only this unit, e.g. %%.")
    String unit;



    @Option(names = "--explain", paramLabel = "FILE",
            description = "Read FILE without indexing it and show which tables were taken as indicators and why.")
    Path explain;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words in the indicator name.")
    List<String> words = List.of();

    @Override
    public Integer call() throws Exception {
        if (explain != null) {
            return explain();
        }
        try (PlanIndex archive = PlanIndexes.openForReading(index.settings())) {
            IndicatorList list = new SearchService(archive).indicators(
                    new IndicatorRequest(String.join(" ", words), filters.toFilter(), kind, unit, offset, limit));
            System.out.println(json ? Json.write(list) : humanReadable(list));
            return 0;
        }
    }

    private int explain() throws Exception {
        try (IndicatorExplainer explainer = new IndicatorExplainer()) {
            IndicatorExplanation explanation = explainer.explain(explain);
            if (json) {
                System.out.println(Json.write(explanation));
                return 0;
            }
            explanation.warnings().forEach(warning -> System.out.printf("WARNING %s%n", warning));
            for (PdfLayout.Table table : explanation.tables()) {
                System.out.printf("p.%d table rebuilt from the layout (%s%s):%n", table.page(), table.kind(),
                        table.continued() ? ", header carried from the page before" : "");
                table.rows().forEach(row -> System.out.printf("   %s%n", String.join(" | ", row)));
            }
            for (ExtractionLog.Entry decision : explanation.decisions()) {
                System.out.printf("p.%d %s %s%n", decision.page(), decision.taken() ? "TAKEN   " : "REJECTED", decision.reason());
            }
            System.out.printf("%n%d indicators:%n", explanation.indicators().size());
            explanation.indicators().forEach(i -> System.out.printf("p.%d [%s] %s  基準値 %s  目標 %s%n   from: %s%n",
                    i.page(), i.kind(), i.name(), figure(i.baseline()), figures(i.targets()),
                    i.source().replace("\n", " / ")));
            return 0;
        }
    }

    private static String humanReadable(IndicatorList list) {
        StringBuilder out = new StringBuilder(list.total() + " indicators\n");
        if (list.didYouMean() != null) {
            out.append(String.format("もしかして: %s  (%d indicators)%n", list.didYouMean().query(),
                    list.didYouMean().total()));
        }
        for (IndicatorEntry e : list.indicators()) {
            out.append(String.format("%n%s  %s [%s]%s%n   基準値 %s   実績 %s   目標 %s%s%n   %s  p.%d  %s%n",
                    orDash(e.municipality()), e.name(), e.kind(), e.unit() == null ? "" : " (" + e.unit() + ")",
                    figure(e.baseline()), figures(e.actuals()), figures(e.targets()),
                    e.achievement() == null ? "" : "   達成率 " + e.achievement() + (e.achievementComputed() ? " (算出)" : ""),
                    e.file(), e.page(), e.section()));
        }
        return out.toString();
    }

    private static String figures(List<IndicatorValue> values) {
        return values.isEmpty() ? "-" : values.stream().map(IndicatorsCommand::figure).collect(Collectors.joining(", "));
    }

    private static String figure(IndicatorValue value) {
        if (value == null) {
            return "-";
        }
        return value.raw() + (value.fy() == null || value.raw().contains("(") ? "" : " (" + value.fy() + ")");
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
