package org.sakuin.corpus;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Replaces characters that a target (a legacy encoding or an embedded font) cannot show with the closest
 * one it can, and remembers each replacement so that the generator can report it.
 */
final class CharFallback {

    /** The geta mark: the customary Japanese stand-in for a character that cannot be printed. */
    private static final String UNAVAILABLE = "〓";

    /**
     * Characters that look alike but that JIS and Microsoft mappings of Shift_JIS assign differently
     * (e.g. WAVE DASH versus FULLWIDTH TILDE), so one of each pair is often missing from a target.
     */
    private static final Map<String, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry("〜", "～"), Map.entry("～", "〜"), Map.entry("−", "－"), Map.entry("－", "−"),
            Map.entry("‖", "∥"), Map.entry("∥", "‖"), Map.entry("—", "―"), Map.entry("―", "—"),
            Map.entry("¢", "￠"), Map.entry("£", "￡"), Map.entry("¬", "￢"));

    private final IntPredicate canShow;
    private final Map<String, String> substitutions = new TreeMap<>();

    CharFallback(IntPredicate canShow) {
        this.canShow = canShow;
    }

    String apply(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (canShow.test(codePoint)) {
                shown.appendCodePoint(codePoint);
            } else {
                String replacement = closestShowable(codePoint);
                substitutions.put(Character.toString(codePoint), replacement);
                shown.append(replacement);
            }
        });
        return shown.toString();
    }

    /** Tells which characters of {@code target} are not the seed's own, so that the corpus stays honest. */
    void logSubstitutions(Path target) {
        substitutions.forEach((from, to) -> System.out.printf("%s: substituted U+%04X %s -> %s%n",
                target.getFileName(), from.codePointAt(0), from, to));
    }

    // NFKC folds compatibility forms (circled digits, full-width or half-width variants, ligatures)
    // into plain characters, which keeps numbers and words searchable after the substitution.
    private String closestShowable(int codePoint) {
        String character = Character.toString(codePoint);
        String folded = Normalizer.normalize(character, Normalizer.Form.NFKC);
        if (!folded.equals(character) && showable(folded)) {
            return folded;
        }
        String lookAlike = LOOK_ALIKES.get(character);
        return lookAlike != null && showable(lookAlike) ? lookAlike : UNAVAILABLE;
    }

    private boolean showable(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(canShow);
    }
}
