package org.sakuin.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.ingest.FileOutcome;
import org.sakuin.ingest.IngestListener;

/** The jobs of this server's life: records that follow their ingest, the ended ones bounded. */
class JobBoardTest {

    private final JobBoard board = new JobBoard(Clock.systemUTC());

    @Test
    void aJobFollowsItsIngestFileByFile() {
        Job job = board.add(Job.Kind.UPLOAD, "alice", List.of("a.pdf", "b.pdf", "c.pdf"));
        assertThat(job.state()).isEqualTo(Job.State.WAITING);
        assertThat(job.files()).extracting(Job.FileProgress::summary).containsOnly("待機中");

        IngestListener listener = board.listener(job.id());
        listener.started(4);
        listener.fileDone(Path.of("/srv/uploads/b.pdf"), new FileOutcome(FileOutcome.Status.INGESTED, 12, null, 5));
        listener.fileDone(Path.of("/srv/uploads/a.pdf"), new FileOutcome(FileOutcome.Status.FAILED, 0, "empty file", 1));
        listener.fileDone(Path.of("/srv/corpus/old.pdf"), new FileOutcome(FileOutcome.Status.UNCHANGED, 0, null, 1));
        Job running = board.get(job.id()).orElseThrow();

        assertThat(running.state()).isEqualTo(Job.State.RUNNING);
        assertThat(running.files()).extracting(Job.FileProgress::file, Job.FileProgress::summary).containsExactly(
                tuple("a.pdf", "失敗: empty file"),
                tuple("b.pdf", "取り込み済み（12 箇所）"),
                tuple("c.pdf", "取り込み中"),
                tuple("old.pdf", "変更なし"));
        assertThat(running.progress()).isEqualTo(0.75);

        Job ended = board.end(job.id(), null, null);
        assertThat(ended.state()).isEqualTo(Job.State.DONE);
        assertThat(ended.finished()).isNotNull();
        assertThat(ended.summary()).isEqualTo("取り込み済み 1・変更なし 1・失敗 1");
    }

    @Test
    void aJobThatFailsAsAWholeFailsTheFilesItHadNotDone() {
        Job job = board.add(Job.Kind.UPLOAD, "alice", List.of("a.pdf"));
        board.listener(job.id()).started(1);

        Job failed = board.end(job.id(), "disk full", null);

        assertThat(failed.state()).isEqualTo(Job.State.FAILED);
        assertThat(failed.files()).extracting(Job.FileProgress::summary).containsExactly("失敗: disk full");
        assertThat(failed.progress()).isEqualTo(1);
    }

    @Test
    void theLastHundredEndedJobsAreKeptNewestFirstAndNoUnfinishedOneIsDropped() {
        Job waiting = board.add(Job.Kind.REINGEST, "alice", List.of());
        Job first = null;
        Job last = null;
        for (int i = 0; i < 150; i++) {
            last = board.add(Job.Kind.UPLOAD, "bob", List.of(i + ".pdf"));
            first = first == null ? last : first;
            board.end(last.id(), null, null);
        }

        List<Job> kept = board.all();
        assertThat(kept).hasSize(JobBoard.KEPT + 1);
        assertThat(kept.getFirst().id()).isEqualTo(last.id());
        assertThat(kept).extracting(Job::id).contains(waiting.id()).doesNotContain(first.id());
        assertThat(board.get(first.id())).isEmpty();
    }
}
