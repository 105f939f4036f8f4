package org.sakuin.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** MRR and nDCG@10 exactly as ../shared/eval/score.py computes them: the first relevant file is graded 2, others 1. */
final class RankingMetrics {

    static final int CUTOFF = 10;

    private RankingMetrics() {
    }

    /** The judged queries of a TSV (query, relevant files comma-separated), without its header and comments. */
    static List<String[]> judged(Path tsv) throws IOException {
        return Files.readAllLines(tsv).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1)
                .map(l -> l.split("\t")).toList();
    }

    /** MRR ([0]) and nDCG@10 ([1]) of a search over judged queries. */
    static double[] mrrAndNdcg(SearchService search, List<String[]> judged) {
        double rr = 0;
        double ndcg = 0;
        for (String[] row : judged) {
            List<String> relevant = Arrays.asList(row[1].split(","));
            List<String> ranked = rankedFiles(search, row[0]);
            rr += reciprocalRank(ranked, relevant);
            ndcg += ndcg(ranked, relevant);
        }
        return new double[] {rr / judged.size(), ndcg / judged.size()};
    }

    static double reciprocalRank(List<String> rankedFiles, List<String> relevant) {
        List<String> top = rankedFiles.subList(0, Math.min(CUTOFF, rankedFiles.size()));
        return IntStream.range(0, top.size()).filter(i -> relevant.contains(top.get(i)))
                .mapToDouble(i -> 1.0 / (i + 1)).findFirst().orElse(0);
    }

    static double ndcg(List<String> rankedFiles, List<String> relevant) {
        Map<String, Integer> grade = IntStream.range(0, relevant.size()).boxed()
                .collect(Collectors.toMap(relevant::get, i -> i == 0 ? 2 : 1, (a, b) -> a));
        List<String> top = rankedFiles.subList(0, Math.min(CUTOFF, rankedFiles.size()));
        double dcg = IntStream.range(0, top.size())
                .mapToDouble(i -> gain(grade.getOrDefault(top.get(i), 0)) / log2(i + 2)).sum();
        List<Integer> ideal = grade.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = IntStream.range(0, ideal.size()).mapToDouble(i -> gain(ideal.get(i)) / log2(i + 2)).sum();
        return dcg / idcg;
    }

    /** Distinct file names in rank order, as score.py reads them from the first 20 hits. */
    static List<String> rankedFiles(SearchService search, String query) {
        List<String> files = new ArrayList<>();
        for (SearchHit hit : search.search(SearchRequest.of(query, 20)).hits()) {
            String name = Path.of(hit.file()).getFileName().toString();
            if (!files.contains(name)) {
                files.add(name);
            }
        }
        return files;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
