package org.sakuin.admin;

/**
 * A file received and held apart until an administrator confirms what plan it is: nothing is stored in the uploads
 * folder or ingested yet.
 *
 * @param id    the key it is held under (never a path)
 * @param name  the name it will be stored under, already made safe
 * @param bytes its size
 */
public record StagedUpload(String id, String name, long bytes) {
}
