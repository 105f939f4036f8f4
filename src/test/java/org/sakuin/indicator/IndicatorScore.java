package org.sakuin.indicator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;

/**
 * Scores extracted indicators against a gold TSV exactly as {@code ../shared/eval/score.py indicators} does:
 * each gold row takes the first unused extracted indicator of its file with a {@link #similar} name; its
 * baseline and targets count when {@link #sameValue} finds them. Beyond score.py it also checks baseline
 * years, actuals (year and value), achievement rates, target years and units. Public for the format matrix
 * ({@code org.sakuin.formats}), which scores each rendering of a plan the same way.
 */
public final class IndicatorScore {

    /** One row of the gold file; lists are "FY:value" joined by ";", FY empty when the plan gives none. */
    public record GoldRow(String file, String kind, String indicator, String unit, String baseline, String baselineFy,
                   String actuals, String achievement, String targets) {

        List<String[]> actualPairs() {
            return pairs(actuals);
        }

        List<String[]> targetPairs() {
            return pairs(targets);
        }

        private static List<String[]> pairs(String list) {
            List<String[]> pairs = new ArrayList<>();
            for (String item : list.split(";")) {
                if (!item.isEmpty()) {
                    pairs.add(item.split(":", 2));
                }
            }
            return pairs;
        }
    }

    /** Hits over tries of one check. */
    public record Tally(int ok, int n) {
        public double share() {
            return n == 0 ? 1 : (double) ok / n;
        }

        @Override
        public String toString() {
            return ok + "/" + n;
        }
    }

    public record Result(int found, int extracted, int gold, Tally baselines, Tally targets, Tally baselineYears,
                  Tally actuals, Tally achievements, Tally targetYears, Tally units, List<String> problems) {

        public double precision() {
            return (double) found / Math.max(1, extracted);
        }

        public double recall() {
            return (double) found / gold;
        }

        public double f1() {
            return 2 * precision() * recall() / Math.max(1e-9, precision() + recall());
        }

        /** score.py's summary line, then one line of the extra checks. */
        String summary() {
            return String.format("names P %.2f R %.2f F1 %.2f; baseline %s; targets %s; extracted %d gold %d%n"
                            + "baseline FY %s; actuals %s; achievement %s; target FYs %s; units %s",
                    precision(), recall(), f1(), baselines, targets, extracted, gold,
                    baselineYears, actuals, achievements, targetYears, units);
        }
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private IndicatorScore() {
    }

    public static List<GoldRow> read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> head = List.of(lines.getFirst().split("\t", -1));
        List<GoldRow> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Function<String, String> cell = column -> {
                int i = head.indexOf(column);
                return i < cells.length ? cells[i] : "";
            };
            rows.add(new GoldRow(cell.apply("file"), cell.apply("kind"), cell.apply("indicator"),
                    cell.apply("unit"), cell.apply("baseline"), cell.apply("baseline_fy"), cell.apply("actuals"),
                    cell.apply("achievement"), cell.apply("targets")));
        }
        return rows;
    }

    static String norm(String s) {
        String text = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        return WHITE_SPACE.matcher(text).replaceAll("").replace(",", "");
    }

    static boolean similar(String first, String second) {
        String a = norm(first);
        String b = norm(second);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int la = a.codePointCount(0, a.length());
        int lb = b.codePointCount(0, b.length());
        if (a.equals(b) || la >= 4 && b.contains(a) && la >= 0.6 * lb || lb >= 4 && a.contains(b) && lb >= 0.6 * la) {
            return true;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / Math.max(1, union.size()) >= 0.75;
    }

    private static Set<String> bigrams(String s) {
        int[] cps = s.codePoints().toArray();
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    static Double num(String s) {
        Matcher m = NUMBER.matcher(norm(s));
        return m.find() ? Double.valueOf(m.group()) : null;
    }

    static boolean sameValue(String expected, List<String> got) {
        String e = norm(expected);
        if (e.isEmpty()) {
            return true;
        }
        Double en = num(e);
        for (String g : got) {
            Double gn = num(g);
            if (en != null && gn != null && Math.abs(gn - en) < 1e-9) {
                return true;
            }
            if (en == null && norm(g).contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Scores the extracted entries of the gold files, naming each entry's file by {@code fileOf}. */
    public static Result score(List<GoldRow> gold, List<IndicatorEntry> extracted, Function<IndicatorEntry, String> fileOf) {
        Set<String> files = new HashSet<>();
        gold.forEach(g -> files.add(g.file()));
        List<IndicatorEntry> got = extracted.stream().filter(x -> files.contains(fileOf.apply(x))).toList();
        Set<Integer> used = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int found = 0;
        Counter baselines = new Counter();
        Counter targets = new Counter();
        Counter baselineYears = new Counter();
        Counter actuals = new Counter();
        Counter achievements = new Counter();
        Counter targetYears = new Counter();
        Counter units = new Counter();
        for (GoldRow g : gold) {
            int match = -1;
            for (int i = 0; i < got.size() && match < 0; i++) {
                if (!used.contains(i) && fileOf.apply(got.get(i)).equals(g.file())
                        && similar(got.get(i).name(), g.indicator())) {
                    match = i;
                }
            }
            if (match < 0) {
                problems.add("MISSING\t" + g.file() + "\t" + g.indicator());
                continue;
            }
            used.add(match);
            found++;
            IndicatorEntry x = got.get(match);
            IndicatorValue b = x.baseline() == null ? new IndicatorValue(null, null, null) : x.baseline();
            if (!g.baseline().isEmpty()) {
                baselines.add(sameValue(g.baseline(), list(b.value(), b.raw())), problems,
                        "BASELINE\t" + g.indicator() + "\twant " + g.baseline() + "\tgot " + b);
            }
            if (!g.baselineFy().isEmpty()) {
                baselineYears.add(Objects.equals(b.fy(), Integer.valueOf(g.baselineFy())), problems,
                        "BASELINE FY\t" + g.indicator() + "\twant " + g.baselineFy() + "\tgot " + b.fy());
            }
            List<String[]> wantTargets = g.targetPairs();
            if (!wantTargets.isEmpty()) {
                List<String> values = new ArrayList<>();
                x.targets().forEach(t -> values.addAll(list(t.value(), t.raw())));
                targets.add(wantTargets.stream().allMatch(w -> sameValue(w[1], values)), problems,
                        "TARGET\t" + g.indicator() + "\twant " + g.targets() + "\tgot " + x.targets());
                targetYears.add(wantTargets.stream().allMatch(w -> hasYearValue(x.targets(), w)), problems,
                        "TARGET FY\t" + g.indicator() + "\twant " + g.targets() + "\tgot " + x.targets());
            }
            if (!g.actuals().isEmpty()) {
                actuals.add(g.actualPairs().stream().allMatch(w -> hasYearValue(x.actuals(), w))
                                && x.actuals().size() == g.actualPairs().size(), problems,
                        "ACTUALS\t" + g.indicator() + "\twant " + g.actuals() + "\tgot " + x.actuals());
            }
            if (!g.achievement().isEmpty()) {
                achievements.add(sameValue(g.achievement(), list(x.achievement())), problems,
                        "ACHIEVEMENT\t" + g.indicator() + "\twant " + g.achievement() + "\tgot " + x.achievement());
            }
            units.add(norm(g.unit()).equals(norm(x.unit())), problems,
                    "UNIT\t" + g.indicator() + "\twant " + g.unit() + "\tgot " + x.unit());
        }
        return new Result(found, got.size(), gold.size(), baselines.tally(), targets.tally(), baselineYears.tally(),
                actuals.tally(), achievements.tally(), targetYears.tally(), units.tally(), problems);
    }

    /** A value for the wanted year (any year when the gold gives none) that is the same value. */
    private static boolean hasYearValue(List<IndicatorValue> values, String[] wanted) {
        Integer fy = wanted[0].isEmpty() ? null : Integer.valueOf(wanted[0]);
        return values.stream().anyMatch(v -> (fy == null || fy.equals(v.fy()))
                && sameValue(wanted[1], list(v.value(), v.raw())));
    }

    /** The extracted indicators of each gold file, by the file's base name. */
    static Map<String, List<IndicatorEntry>> byFile(List<IndicatorEntry> entries) {
        Map<String, List<IndicatorEntry>> byFile = new LinkedHashMap<>();
        entries.forEach(e -> byFile.computeIfAbsent(baseName(e.file()), k -> new ArrayList<>()).add(e));
        return byFile;
    }

    static String baseName(String file) {
        return file == null ? "" : Path.of(file).getFileName().toString();
    }

    private static List<String> list(String... values) {
        List<String> list = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                list.add(value);
            }
        }
        return list;
    }

    private static final class Counter {
        private int ok;
        private int n;

        void add(boolean success, List<String> problems, String problem) {
            n++;
            if (success) {
                ok++;
            } else {
                problems.add(problem);
            }
        }

        Tally tally() {
            return new Tally(ok, n);
        }
    }
}
