package org.sakuin.structure;

import org.sakuin.plan.Section;

/** A line with the section it stands in; {@code heading} when the line itself opens that section. */
public record StructuredBlock(TextBlock block, Section section, boolean heading) {
}
