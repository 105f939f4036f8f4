package org.sakuin.admin;

/**
 * A plan file the archive holds, as administrators see it.
 *
 * @param file     the name it was ingested under
 * @param outdated analysed differently from now, or its file changed since: a re-ingest would read it again
 * @param uploaded stored in the uploads folder (deleting the plan deletes the file too)
 */
public record ArchivedPlan(String id, String file, String municipality, String prefecture, String planType,
                           String title, int passages, boolean outdated, boolean uploaded) {
}
