package org.sakuin.index;

import org.sakuin.plan.PlanDocument;

/**
 * A file the index holds, with how many passages it was split into.
 *
 * @param analysisCurrent whether it was analysed as queries now are; if not, searches still find it (by its
 *                        bigrams at least), but it should be ingested again
 */
public record IndexedFile(PlanDocument document, int passages, boolean analysisCurrent) {
}
