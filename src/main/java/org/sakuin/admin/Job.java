package org.sakuin.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sakuin.ingest.FileOutcome;

/**
 * An ingest run in the background, as it stands: queued, running or ended, with the outcome of each file so far.
 *
 * @param total the files it ingests; for a re-ingest or synchronize known once it starts (0 before)
 * @param error why the run as a whole failed, or a problem with its audit, else null
 */
public record Job(String id, Kind kind, String who, Instant submitted, State state, int total,
                  List<FileProgress> files, Instant finished, String error) {

    public enum Kind { UPLOAD, REINGEST, SYNCHRONIZE }

    public enum State { WAITING, RUNNING, DONE, FAILED }

    /** One file of a job. */
    public record FileProgress(String file, Status status, int passages, String reason) {

        public enum Status { WAITING, INGESTING, INGESTED, UNCHANGED, FAILED }

        static FileProgress of(String file, FileOutcome outcome) {
            return new FileProgress(file, switch (outcome.status()) {
                case INGESTED -> Status.INGESTED;
                case UNCHANGED -> Status.UNCHANGED;
                case FAILED -> Status.FAILED;
            }, outcome.passages(), outcome.reason());
        }

        @JsonProperty
        public boolean finished() {
            return status == Status.INGESTED || status == Status.UNCHANGED || status == Status.FAILED;
        }

        /** As the page and the audit log say it. */
        @JsonProperty
        public String summary() {
            return switch (status) {
                case WAITING -> "待機中";
                case INGESTING -> "取り込み中";
                case INGESTED -> "取り込み済み（" + passages + " 箇所）";
                case UNCHANGED -> "変更なし";
                case FAILED -> "失敗: " + reason;
            };
        }

        FileProgress withStatus(Status next) {
            return new FileProgress(file, next, passages, reason);
        }
    }

    public Job {
        files = List.copyOf(files);
    }

    static Job queued(String id, Kind kind, String who, Instant at, List<String> files) {
        List<FileProgress> waiting = files.stream()
                .map(file -> new FileProgress(file, FileProgress.Status.WAITING, 0, null)).toList();
        return new Job(id, kind, who, at, State.WAITING, waiting.size(), waiting, null, null);
    }

    @JsonProperty
    public int done() {
        return (int) files.stream().filter(FileProgress::finished).count();
    }

    /** The share of the files done, 0 to 1. */
    @JsonProperty
    public double progress() {
        if (state == State.DONE || state == State.FAILED) {
            return 1;
        }
        return total == 0 ? 0 : Math.min(1, (double) done() / total);
    }

    /** As the page and the audit log say it: 取り込み済み 2・変更なし 1・失敗 0. */
    @JsonProperty
    public String summary() {
        if (state == State.WAITING) {
            return "待機中";
        }
        String counts = "取り込み済み " + count(FileProgress.Status.INGESTED) + "・変更なし "
                + count(FileProgress.Status.UNCHANGED) + "・失敗 " + count(FileProgress.Status.FAILED);
        return error == null ? counts : counts + "（" + error + "）";
    }

    private long count(FileProgress.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    /** Started on {@code count} files: those not done are being ingested now. */
    Job started(int count) {
        List<FileProgress> running = files.stream()
                .map(f -> f.status() == FileProgress.Status.WAITING ? f.withStatus(FileProgress.Status.INGESTING) : f)
                .toList();
        return new Job(id, kind, who, submitted, State.RUNNING, Math.max(total, count), running, finished, error);
    }

    /** A file done: the waiting or running entry of that name, else a file the run found itself (outdated ones). */
    Job fileDone(String file, FileOutcome outcome) {
        List<FileProgress> next = new ArrayList<>(files);
        FileProgress done = FileProgress.of(file, outcome);
        int at = next.stream().filter(f -> f.file().equals(file) && !f.finished()).findFirst()
                .map(next::indexOf).orElse(-1);
        if (at >= 0) {
            next.set(at, done);
        } else {
            next.add(done);
        }
        return new Job(id, kind, who, submitted, state, Math.max(total, next.size()), next, finished, error);
    }

    /** Ended, or failed as a whole: then the files it had not done failed with it. */
    Job ended(Instant at, String failure) {
        if (failure == null) {
            return new Job(id, kind, who, submitted, State.DONE, total, files, at, error);
        }
        List<FileProgress> failed = files.stream().map(f -> f.finished() ? f
                : new FileProgress(f.file(), FileProgress.Status.FAILED, 0, failure)).toList();
        return new Job(id, kind, who, submitted, State.FAILED, total, failed, at, failure);
    }

    Job withError(String problem) {
        return new Job(id, kind, who, submitted, state, total, files, finished,
                error == null ? problem : error + "; " + problem);
    }

    boolean over() {
        return state == State.DONE || state == State.FAILED;
    }
}
