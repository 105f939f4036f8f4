package org.sakuin.indicator;

import java.util.List;
import org.sakuin.plan.Indicator;
import org.sakuin.structure.PlanStructurer;
import org.sakuin.structure.StructuredBlock;
import org.sakuin.structure.TextLines;

/** Builds a plan's lines for the readers, as the ingest pipeline would: a line with tabs is a table row. */
final class Blocks {

    private Blocks() {
    }

    /** The lines on page 1, structured; "\f" in a line starts a new page. */
    static List<StructuredBlock> of(String... lines) {
        return new PlanStructurer().structure("doc", TextLines.of(lines)).blocks();
    }

    /** Every indicator the extractor finds in these lines. */
    static List<Indicator> extract(String... lines) {
        return new IndicatorExtractor().extract("doc", of(lines));
    }
}
