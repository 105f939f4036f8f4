package org.sakuin.plan;

import java.util.List;

/**
 * A place in a plan's outline: the headings from the top down to this section,
 * e.g. [第1章 つながりを大切にしたまちづくり, 第4節 自治体間交流･連携の推進, 第2項 都市間連携の推進].
 */
public record Section(List<String> headings) {

    public static final Section ROOT = new Section(List.of());

    public Section {
        headings = List.copyOf(headings);
    }

    /** The path as users read it: "第1章 › 第4節 › 第2項 都市間連携の推進". */
    public String path() {
        return String.join(" › ", headings);
    }

    public String heading() {
        return headings.isEmpty() ? "" : headings.getLast();
    }
}
