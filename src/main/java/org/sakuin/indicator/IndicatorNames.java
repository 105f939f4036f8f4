package org.sakuin.indicator;

import java.util.regex.Pattern;

/** Cleans indicator names as tables print them: numbering, bullets and PDF line wraps removed. */
final class IndicatorNames {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[-・●○◆◇■□※*]\\s*)*(?:[0-9]{1,2}[.．)）]?\\s+|[(（][0-9]{1,2}[)）]\\s*|[①-⑳]\\s*)?(?:[-・●○◆◇■□]\\s*)*");

    private IndicatorNames() {
    }

    static String clean(String name) {
        return NUMBERING.matcher(name.strip()).replaceFirst("").strip();
    }

    /** Joins the lines of a name or description wrapped by a PDF: no space inside Japanese text. */
    static String joinWrapped(Iterable<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String part = line.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && isAscii(out.charAt(out.length() - 1)) && isAscii(part.charAt(0))) {
                out.append(' ');
            }
            out.append(part);
        }
        return out.toString();
    }

    private static boolean isAscii(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Key for merging repeated mentions of one indicator: white space and punctuation width ignored. */
    static String key(String name) {
        return name.replaceAll("[\\s　]+", "");
    }
}
