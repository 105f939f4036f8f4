package org.sakuin.classify;

import org.sakuin.plan.AreaMatch;
import org.sakuin.plan.PolicyArea;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Assigns policy areas to text by the terms of {@code policy-areas.tsv}, explainably. A term in the nearest
 * heading counts {@value #NEAREST_HEADING_WEIGHT}, in the heading above it half that, a third above that …, in
 * the body once per occurrence (at most {@value #MAX_OCCURRENCES} times). Areas scoring at least
 * {@value #MIN_SCORE} and at least half the best score are kept; no area scoring enough means unknown.
 */
public final class AreaClassifier {

    static final double NEAREST_HEADING_WEIGHT = 3;
    static final int MAX_OCCURRENCES = 3;
    static final double MIN_SCORE = 2;
    static final double MAX_CONTEXT_SCORE = 1;
    static final double SHARE_OF_BEST = 0.5;

    private final AreaTaxonomy taxonomy;

    AreaClassifier(AreaTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public static AreaClassifier bundled() {
        return new AreaClassifier(AreaTaxonomy.bundled());
    }

    /** Every policy area Sakuin knows (each with its sub-area), in taxonomy order. */
    public List<PolicyArea> areas() {
        return taxonomy.definitions().stream().map(AreaTaxonomy.Definition::area).distinct().toList();
    }

    /**
     * The areas of a text under its headings (outermost first), best first; empty when none scores enough.
     */
    public List<AreaMatch> classify(List<String> headings, String text) {
        return classify(headings, text, "", 0);
    }

    /**
     * As {@link #classify(List, String)}, with surrounding text (the rest of the section) counting at
     * {@code contextShare} of its weight.
     */
    public List<AreaMatch> classify(List<String> headings, String text, String context, double contextShare) {
        return classify(headings, text, contextShare == 0 ? Map.of() : termsOf(context), contextShare);
    }

    /**
     * As {@link #classify(List, String, String, double)}, with the context's terms counted once by the caller
     * ({@link #termsOf(String)}): every passage of a section shares them, and counting the section again for each of
     * its passages made a sheet of 200,000 cells take minutes.
     */
    List<AreaMatch> classify(List<String> headings, String text, Map<String, Integer> contextTerms,
                             double contextShare) {
        List<AreaMatch> scored = score(headings, text, contextTerms, contextShare);
        double best = scored.isEmpty() ? 0 : scored.getFirst().score();
        return scored.stream().filter(m -> m.score() >= MIN_SCORE && m.score() >= SHARE_OF_BEST * best).toList();
    }

    /** How often each term of the taxonomy occurs in the text. */
    Map<String, Integer> termsOf(String text) {
        return termCounts(normalize(text));
    }

    /** Every area with a positive score, best first. */
    List<AreaMatch> score(List<String> headings, String text, String context, double contextShare) {
        return score(headings, text, contextShare == 0 ? Map.of() : termsOf(context), contextShare);
    }

    private List<AreaMatch> score(List<String> headings, String text, Map<String, Integer> around,
                                  double contextShare) {
        List<Map<String, Integer>> headingTerms = headings.stream().map(h -> termCounts(normalize(h))).toList();
        Map<String, Integer> body = termCounts(normalize(text));
        List<AreaMatch> matches = new ArrayList<>();
        for (AreaTaxonomy.Definition definition : taxonomy.definitions()) {
            double score = 0;
            double fromContext = 0;
            List<String> evidence = new ArrayList<>();
            for (int h = 0; h < headings.size(); h++) {
                List<String> found = definition.terms().stream().filter(headingTerms.get(h)::containsKey).toList();
                if (!found.isEmpty()) {
                    score += found.size() * headingWeight(headings.size() - 1 - h);
                    evidence.add("見出し「" + headings.get(h) + "」: " + String.join("、", found));
                }
            }
            for (String term : definition.terms()) {
                int n = Math.min(MAX_OCCURRENCES, body.getOrDefault(term, 0));
                if (n > 0) {
                    score += n;
                    evidence.add("本文: " + term + (n > 1 ? "×" + n : ""));
                }
                int nearby = Math.min(MAX_OCCURRENCES, around.getOrDefault(term, 0));
                if (nearby > 0) {
                    fromContext += contextShare * nearby;
                    evidence.add("同じ節: " + term + (nearby > 1 ? "×" + nearby : ""));
                }
            }
            // the rest of the section tips the balance but never decides alone
            score += Math.min(MAX_CONTEXT_SCORE, fromContext);
            if (score > 0) {
                matches.add(new AreaMatch(definition.area(), score, evidence));
            }
        }
        matches.sort(Comparator.comparingDouble(AreaMatch::score).reversed());
        return matches;
    }

    /**
     * How often each term occurs, longest terms first: a term inside a longer one is not counted on its own
     * (文化 in 多文化共生 is not culture; 防災 in 地域防災 counts once, as 地域防災).
     */
    private Map<String, Integer> termCounts(String text) {
        boolean[] covered = new boolean[text.length()];
        Map<String, Integer> counts = new HashMap<>();
        for (String term : taxonomy.termsLongestFirst()) {
            for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
                if (!allCovered(covered, i, i + term.length())) {
                    counts.merge(term, 1, Integer::sum);
                    Arrays.fill(covered, i, i + term.length(), true);
                }
            }
        }
        return counts;
    }

    private static boolean allCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!covered[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The nearest heading counts most, each outer one less: a chapter title that names several areas
     * (人権、コミュニティ、交流) says little about any one passage in it.
     */
    static double headingWeight(int distanceFromNearest) {
        return NEAREST_HEADING_WEIGHT / (1 + distanceFromNearest);
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    }
}
