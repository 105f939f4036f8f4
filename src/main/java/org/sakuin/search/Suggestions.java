package org.sakuin.search;

import java.util.List;
import org.sakuin.index.Suggestion;

/** Completions of what was typed: the JSON of {@code suggest --json} and {@code GET /api/suggest}. */
public record Suggestions(String query, List<Suggestion> suggestions) {
}
