package org.sakuin.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sakuin.indicator.IndicatorScore;

/**
 * The scores of every rendering of the test plans, one row per corpus and format, as a Markdown report: the
 * figures score.py would give (names P/R/F1, baselines, targets) and what each format lost.
 */
final class FormatMatrix {

    /** One scored rendering: which plans ({@code corpus}), in which format, and how Sakuin read them. */
    record Cell(String corpus, String format, IndicatorScore.Result result) {}

    /** Lost figures are listed per format up to this many, so that the report stays readable. */
    private static final int LOSSES_SHOWN = 30;
    private static final List<String> COUNTED_PROBLEMS = List.of("MISSING\t", "BASELINE\t", "TARGET\t");

    private final List<Cell> cells = new ArrayList<>();
    private final Map<String, String> timings = new LinkedHashMap<>();

    void add(String corpus, String format, IndicatorScore.Result result) {
        cells.add(new Cell(corpus, format, result));
    }

    void time(String step, long nanos) {
        timings.put(step, String.format(Locale.ROOT, "%.1f s", nanos / 1e9));
    }

    List<Cell> cells() {
        return List.copyOf(cells);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Format matrix: indicators read from each rendering\n\n");
        md.append("Wall time: ");
        timings.forEach((step, time) -> md.append(step).append(' ').append(time).append("; "));
        md.setLength(md.length() - 2);
        md.append(".\n");
        for (String corpus : cells.stream().map(Cell::corpus).distinct().toList()) {
            md.append("\n## ").append(corpus).append("\n\n")
                    .append("| format | plans' indicators | extracted | names P | names R | names F1 | baselines | targets |\n")
                    .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            cells.stream().filter(c -> c.corpus().equals(corpus)).forEach(c -> md.append(row(c)));
        }
        md.append("\n## What each format lost\n");
        for (Cell cell : cells) {
            List<String> losses = cell.result().problems().stream()
                    .filter(p -> COUNTED_PROBLEMS.stream().anyMatch(p::startsWith)).toList();
            if (!losses.isEmpty()) {
                md.append("\n### ").append(cell.corpus()).append(" / ").append(cell.format()).append("\n\n");
                losses.stream().limit(LOSSES_SHOWN).forEach(l -> md.append("- ").append(l.replace('\t', ' ')).append('\n'));
                if (losses.size() > LOSSES_SHOWN) {
                    md.append("- … and ").append(losses.size() - LOSSES_SHOWN).append(" more\n");
                }
            }
        }
        return md.toString();
    }

    private static String row(Cell cell) {
        IndicatorScore.Result r = cell.result();
        return String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %s | %s |%n", cell.format(), r.gold(),
                r.extracted(), r.precision(), r.recall(), r.f1(), r.baselines(), r.targets());
    }
}
