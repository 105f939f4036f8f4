package org.sakuin.ingest;

/**
 * What happened to one file.
 *
 * @param passages passages indexed (0 unless {@link Status#INGESTED})
 * @param reason   why the file failed, else null
 */
public record FileOutcome(Status status, int passages, String reason, long millis) {

    public enum Status { INGESTED, UNCHANGED, FAILED }

    static FileOutcome ingested(int passages) {
        return new FileOutcome(Status.INGESTED, passages, null, 0);
    }

    static FileOutcome unchanged() {
        return new FileOutcome(Status.UNCHANGED, 0, null, 0);
    }

    static FileOutcome failed(String reason) {
        return new FileOutcome(Status.FAILED, 0, reason, 0);
    }

    FileOutcome took(long elapsedMillis) {
        return new FileOutcome(status, passages, reason, elapsedMillis);
    }
}
