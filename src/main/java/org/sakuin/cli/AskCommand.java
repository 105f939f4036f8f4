package org.sakuin.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.PlanIndexes;
import org.sakuin.qa.Answer;
import org.sakuin.qa.AnswerSource;
import org.sakuin.qa.QuestionAnsweringService;
import org.sakuin.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", description = {
        "Answer a question about the plans with the figure and its cited source, e.g.",
        "「入間市の自治会加入世帯数の目標値は？」. With no answer it lists the nearest passages."})
final class AskCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        try (PlanIndex archive = PlanIndexes.openForReading(index.settings())) {
            Answer answer = new QuestionAnsweringService(new SearchService(archive)).ask(String.join(" ", words));
            System.out.println(json ? Json.write(answer) : humanReadable(answer));
            return 0;
        }
    }

    private static String humanReadable(Answer answer) {
        StringBuilder out = new StringBuilder(answer.answer() == null
                ? "答えは見つかりませんでした。近い箇所:\n"
                : "答え: " + answer.answer() + String.format("  (確信度 %.2f)%n", answer.confidence()));
        for (AnswerSource source : answer.sources()) {
            out.append(String.format("  %s p.%d  %s%n    %s%n", source.file(), source.page(), source.section(),
                    source.snippet().replace("<mark>", "【").replace("</mark>", "】").replace("\n", " ")));
        }
        return out.toString();
    }
}
