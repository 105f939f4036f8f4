package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import org.sakuin.structure.TextBlock;

/** Why tables and lines were or were not read as indicators, for {@code indicators --explain}. */
public final class ExtractionLog {

    /** One decision, on the line (and page) it was made. */
    public record Entry(int page, boolean taken, String reason) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void taken(TextBlock block, String reason) {
        entries.add(new Entry(block.page(), true, reason));
    }

    void rejected(TextBlock block, String reason) {
        entries.add(new Entry(block.page(), false, reason));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
