package org.sakuin.structure;

import java.util.ArrayList;
import java.util.List;

/** Test input as the ingest pipeline gives it: one line each, tabs make table rows, "\f" starts the next page. */
public final class TextLines {

    private TextLines() {
    }

    public static List<TextBlock> of(String... lines) {
        List<TextBlock> blocks = new ArrayList<>();
        int page = 1;
        for (String line : lines) {
            if (line.equals("\f")) {
                page++;
            } else if (line.contains("\t")) {
                blocks.add(TextBlock.row(page, List.of(line.split("\t", -1))));
            } else {
                blocks.add(TextBlock.line(page, line));
            }
        }
        return blocks;
    }
}
