package org.sakuin.ingest;

/**
 * What happened to one file.
 *
 * @param passages passages indexed (0 unless {@link Status#INGESTED})
 * @param reason   why the file failed, else null
 */
public record FileOutcome(Status status, int passages, String reason, long millis) {

    public enum Status { INGESTED, UNCHANGED, FAILED }

    static FileOutcome ingested(int passages, long millis) {
        return new FileOutcome(Status.INGESTED, passages, null, millis);
    }

    static FileOutcome unchanged(long millis) {
        return new FileOutcome(Status.UNCHANGED, 0, null, millis);
    }

    static FileOutcome failed(String reason, long millis) {
        return new FileOutcome(Status.FAILED, 0, reason, millis);
    }
}
