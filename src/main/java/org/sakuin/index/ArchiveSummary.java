package org.sakuin.index;

/**
 * What an archive holds, for its operators.
 *
 * @param analysis      the analysis this Sakuin indexes and queries with ({@link AnalysisVersion}: its version and
 *                      the user dictionary's hash)
 * @param files         the plan files indexed
 * @param outdatedFiles those of them indexed with an older analysis: found less well until ingested again
 * @param passages      the passages of all files
 * @param indicators    the indicators of all files
 */
public record ArchiveSummary(String analysis, int files, long outdatedFiles, int passages, int indicators) {
}
