package org.sakuin.admin;

/**
 * What deleting a plan removed.
 *
 * @param sourceDeleted whether its stored file was deleted too (only an uploaded one is; another stays where it is)
 */
public record Deletion(String documentId, String file, boolean sourceDeleted, String outcome) {
}
