package org.sakuin.qa;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * How alike two names are, 0–1: 1 when equal; the share of the longer one when one contains the other;
 * else the Dice coefficient of their character bigrams. White space and middle dots are ignored.
 */
final class NameSimilarity {

    private NameSimilarity() {
    }

    static double of(String a, String b) {
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
