package org.sakuin.qa;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two names are, 0–1: 1 when equal; the share of the longer one when one contains the other;
 * else the Dice coefficient of their character bigrams. White space and middle dots are ignored. A bracketed
 * note of a name (特定健康診査の受診率（国民健康保険加入者）) may be left out by the asker: the name without it
 * counts too, a little below an exact match, so that of two names differing only in their notes neither wins.
 */
final class NameSimilarity {

    private NameSimilarity() {
    }

    /** How much a match that needs a note left out is worth against one that does not. */
    private static final double WITHOUT_NOTE = 0.9;
    private static final Pattern NOTE = Pattern.compile("[(\\[【〔][^()\\[\\]【】〔〕]*[)\\]】〕]");

    static double of(String a, String b) {
        double whole = compare(a, b);
        String bare = NOTE.matcher(normalize(b)).replaceAll("");
        return bare.equals(normalize(b)) ? whole : Math.max(whole, WITHOUT_NOTE * compare(a, bare));
    }

    private static double compare(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        double containment = x.contains(y) || y.contains(x)
                ? (double) Math.min(x.length(), y.length()) / Math.max(x.length(), y.length()) : 0;
        return Math.max(containment, dice(bigrams(x), bigrams(y)));
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return 2.0 * shared.size() / (a.size() + b.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("[\\s・･]", "");
    }
}
