package org.sakuin.search;

/**
 * For a query that finds nothing although each of its words is found, the query without the word that keeps
 * the others apart (「旭川市 ワーケーション」 → 旭川市, without ワーケーション).
 *
 * @param total how many passages the shorter query finds
 */
public record Relaxation(String query, String dropped, int total) {
}
