package org.sakuin.classify;

import org.sakuin.plan.AreaMatch;
import org.sakuin.plan.PolicyArea;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assigns policy areas to text by the terms of {@code policy-areas.tsv}, explainably. A term in the nearest
 * heading counts {@value #NEAREST_HEADING_WEIGHT}, in an outer heading {@value #OUTER_HEADING_WEIGHT}, in the
 * body once per occurrence (at most {@value #MAX_OCCURRENCES} times). Areas scoring at least
 * {@value #MIN_SCORE} and at least half the best score are kept; no area scoring enough means unknown.
 */
public final class AreaClassifier {

    static final double NEAREST_HEADING_WEIGHT = 3;
    static final double OUTER_HEADING_WEIGHT = 1.5;
    static final int MAX_OCCURRENCES = 3;
    static final double MIN_SCORE = 3;
    static final double SHARE_OF_BEST = 0.5;

    private final AreaTaxonomy taxonomy;

    AreaClassifier(AreaTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public static AreaClassifier bundled() {
        return new AreaClassifier(AreaTaxonomy.bundled());
    }

    /** Every policy area Sakuin knows, in taxonomy order. */
    public List<PolicyArea> areas() {
        return taxonomy.definitions().stream().map(AreaTaxonomy.Definition::area).toList();
    }

    /**
     * The areas of a text under its headings (outermost first), best first; empty when none scores enough.
     */
    public List<AreaMatch> classify(List<String> headings, String text) {
        List<AreaMatch> scored = score(headings, text);
        double best = scored.isEmpty() ? 0 : scored.getFirst().score();
        return scored.stream().filter(m -> m.score() >= MIN_SCORE && m.score() >= SHARE_OF_BEST * best).toList();
    }

    /** Every area with a positive score, best first. */
    List<AreaMatch> score(List<String> headings, String text) {
        List<String> normalizedHeadings = headings.stream().map(AreaClassifier::normalize).toList();
        String body = normalize(text);
        List<AreaMatch> matches = new ArrayList<>();
        for (AreaTaxonomy.Definition definition : taxonomy.definitions()) {
            double score = 0;
            List<String> evidence = new ArrayList<>();
            for (int h = 0; h < normalizedHeadings.size(); h++) {
                boolean nearest = h == normalizedHeadings.size() - 1;
                List<String> found = termsIn(definition.terms(), normalizedHeadings.get(h));
                if (!found.isEmpty()) {
                    score += found.size() * (nearest ? NEAREST_HEADING_WEIGHT : OUTER_HEADING_WEIGHT);
                    evidence.add("見出し「" + headings.get(h) + "」: " + String.join("、", found));
                }
            }
            for (String term : definition.terms()) {
                int n = Math.min(MAX_OCCURRENCES, occurrences(body, term));
                if (n > 0) {
                    score += n;
                    evidence.add("本文: " + term + (n > 1 ? "×" + n : ""));
                }
            }
            if (score > 0) {
                matches.add(new AreaMatch(definition.area(), score, evidence));
            }
        }
        matches.sort(Comparator.comparingDouble(AreaMatch::score).reversed());
        return matches;
    }

    private static List<String> termsIn(List<String> terms, String text) {
        return terms.stream().filter(text::contains).toList();
    }

    private static int occurrences(String text, String term) {
        int count = 0;
        for (int i = text.indexOf(term); i >= 0 && count < MAX_OCCURRENCES; i = text.indexOf(term, i + term.length())) {
            count++;
        }
        return count;
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    }
}
