package org.sakuin.structure;

import java.util.List;
import org.sakuin.plan.Passage;

/** A plan's text split two ways: passages for search, and every line with its section for table reading. */
public record StructuredPlan(List<Passage> passages, List<StructuredBlock> blocks) {
}
