package org.sakuin.index;

import org.sakuin.plan.PlanDocument;

/** A file the index holds, with how many passages it was split into. */
public record IndexedFile(PlanDocument document, int passages) {
}
