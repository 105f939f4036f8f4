package org.sakuin.search;

/**
 * The query respelt with words the plans do use (自治界 → 自治会), offered when it finds more than the query as
 * typed.
 *
 * @param total how many passages the respelt query finds
 */
public record DidYouMean(String query, int total) {
}
