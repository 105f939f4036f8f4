package org.sakuin.plan;

/**
 * One ingested plan file.
 *
 * @param id          stable identity derived from the file's absolute path
 * @param file        the path as shown to users, as it was given to ingest
 * @param path        the absolute path the file was read from
 * @param contentHash SHA-256 of the file's bytes: an unchanged hash means nothing to re-ingest
 * @param contentType media type detected by Tika
 * @param pages       number of pages (1 for formats without pages)
 */
public record PlanDocument(String id, String file, String path, String contentHash, String contentType, int pages,
                           PlanMetadata metadata) {
}
