package org.sakuin.indicator;

import java.util.regex.Pattern;

/** Cleans indicator names as tables print them: numbering, bullets and PDF line wraps removed. */
final class IndicatorNames {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[-・●○◆◇■□※*]\\s*)*(?:[0-9]{1,2}[.．)）]?\\s+|[(（][0-9]{1,2}[)）]\\s*|[①-⑳]\\s*)?(?:[-・●○◆◇■□]\\s*)*");

    /** A unit noted after the name: 移住者数(人), 観光入込客数（千人）, 相談件数［件］, 参加者数(単位:人). */
    private static final Pattern UNIT_NOTE = Pattern.compile(
            "^(?<name>.+?)\\s*[(（\\[［](?:単位[:：]\\s*)?(?<unit>[^)）\\]］]{1,8})[)）\\]］]$");

    private IndicatorNames() {
    }

    /** The name without a unit noted after it, and that unit; the name as it is when it notes none. */
    record NameAndUnit(String name, String unit) {
    }

    static NameAndUnit withoutUnitNote(String name) {
        var m = UNIT_NOTE.matcher(name);
        return m.matches() && ValueParser.isUnit(m.group("unit"))
                ? new NameAndUnit(m.group("name").strip(), m.group("unit").strip()) : new NameAndUnit(name, null);
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
