package org.sakuin.plan;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A place in a plan's outline: the headings from the top down to this section,
 * e.g. [第1章 つながりを大切にしたまちづくり, 第4節 自治体間交流･連携の推進, 第2項 都市間連携の推進].
 */
public record Section(List<String> headings) {

    public static final Section ROOT = new Section(List.of());
    /** How {@link #path()} joins the headings. */
    private static final String SEPARATOR = "›";
    /** Labels inside a section (●政策目標, ○成果指標, 【目標像】) name a block of it, not a section of their own. */
    private static final Pattern LABEL = Pattern.compile("^[●○◇◆■□【(（]");

    public Section {
        headings = List.copyOf(headings);
    }

    /** The path as users read it: "第1章 › 第4節 › 第2項 都市間連携の推進". */
    public String path() {
        return String.join(" " + SEPARATOR + " ", headings);
    }

    /** The section a {@link #path()} names; a missing path is the root. */
    public static Section parse(String path) {
        return path == null ? ROOT : new Section(Arrays.stream(path.split(SEPARATOR)).map(String::strip)
                .filter(heading -> !heading.isEmpty()).toList());
    }

    /** The headings without the trailing labels: the text under ●政策目標 and ●成果指標 is about one topic. */
    public List<String> topic() {
        int end = headings.size();
        while (end > 0 && isLabel(headings.get(end - 1))) {
            end--;
        }
        return headings.subList(0, end);
    }

    /** Whether a heading is a label (●政策目標, ○成果指標, 【目標像】) rather than the name of a section. */
    public static boolean isLabel(String heading) {
        return LABEL.matcher(heading).find();
    }

    public String heading() {
        return headings.isEmpty() ? "" : headings.getLast();
    }
}
