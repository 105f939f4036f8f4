package org.sakuin.search;

import java.util.List;

/**
 * A synonym group a query touched: named by its first word, with all its words, and whether it was applied
 * (the user may switch it off).
 */
public record SynonymUse(String group, List<String> words, boolean applied) {
}
