package org.sakuin.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.sakuin.ingest.IngestService;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;

/**
 * What administrators do to the archive: upload plans, see them ingested, delete them, re-ingest outdated ones, and
 * read back what was done. Ingest jobs run one at a time, in the background, in the order given; every action is
 * written to the audit log with who did it and how it ended.
 */
public final class ArchiveAdministration implements AutoCloseable {

    /** A file as a request brings it: its name and its bytes. */
    public record IncomingFile(String name, InputStreamSource content) {
    }

    private static final Logger log = LoggerFactory.getLogger(ArchiveAdministration.class);
    private static final String SYSTEM = "system";

    private final IngestService ingest;
    private final PlanIndex index;
    private final UploadFolder uploads;
    private final long maxUploadBytes;
    private final AuditLog audit;
    private final Clock clock;
    private final JobRunner jobs;

    ArchiveAdministration(IngestService ingest, PlanIndex index, UploadFolder uploads, long maxUploadBytes,
                          AuditLog audit, Clock clock) {
        this.ingest = ingest;
        this.index = index;
        this.uploads = uploads;
        this.maxUploadBytes = maxUploadBytes;
        this.audit = audit;
        this.clock = clock;
        this.jobs = new JobRunner(audit, clock);
    }

    /** Who did it, as the audit log names them: the signed-in user, else {@code anonymous}. */
    public static String nameOf(Principal principal) {
        return principal == null || principal.getName() == null ? "anonymous" : principal.getName();
    }

    /** The file name endings ingest takes from an upload: .pdf .docx .xlsx .html .htm .txt .md. */
    public static List<String> acceptedFormats() {
        return UploadNames.ACCEPTED;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /**
     * Receives one file and holds it until {@link #ingest} stores it (or {@link #discard} forgets it).
     *
     * @throws UploadTooLargeException  over {@link #maxUploadBytes()}
     * @throws IllegalArgumentException empty, of a format ingest does not take, or without a usable name
     */
    public StagedUpload receive(String who, String name, InputStream content) throws IOException {
        try {
            return uploads.stage(name, content, maxUploadBytes);
        } catch (IOException | RuntimeException e) {
            record(who, "upload", String.valueOf(name), "拒否: " + e.getMessage());
            throw e;
        }
    }

    /** What ingest would take the received file to be, to fill in the form before it is ingested. */
    public PlanMetadata inferred(StagedUpload upload) throws IOException {
        return ingest.infer(uploads.staged(upload));
    }

    public void discard(StagedUpload upload) throws IOException {
        uploads.discard(upload);
    }

    /** Receives, stores and queues the ingest of files with the metadata given for all of them; all or none. */
    public Job upload(String who, List<IncomingFile> files, PlanMetadata metadata) throws IOException {
        List<PlanUpload> received = new ArrayList<>();
        try {
            for (IncomingFile file : files) {
                try (InputStream in = file.content().getInputStream()) {
                    received.add(new PlanUpload(receive(who, file.name(), in), metadata));
                }
            }
        } catch (IOException | RuntimeException e) {
            for (PlanUpload upload : received) {
                discard(upload.file());
            }
            throw e;
        }
        return ingest(who, received);
    }

    /** Stores the received files under their names, replacing files of those names, and queues their ingest. */
    public Job ingest(String who, List<PlanUpload> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files to ingest");
        }
        List<UploadFolder.Stored> kept = new ArrayList<>();
        for (PlanUpload file : files) {
            kept.add(uploads.store(file));
        }
        List<Path> stored = kept.stream().map(UploadFolder.Stored::file).toList();
        Job job = jobs.submit(Job.Kind.UPLOAD, who, stored.stream().map(p -> p.getFileName().toString()).toList(),
                listener -> ingest.ingest(stored, listener));
        try {
            for (int i = 0; i < files.size(); i++) {
                record(who, "upload", stored.get(i).getFileName().toString(),
                        (kept.get(i).replaced() ? "置き換え" : "保存") + "（" + files.get(i).file().bytes() + " バイト）");
            }
        } catch (UncheckedIOException e) {
            // the files are stored and queued all the same; the job says what its audit lacks
            return jobs.note(job.id(), "監査ログに書けません: " + e.getMessage());
        }
        return job;
    }

    /** Queues the re-ingest of every indexed file analysed with an older analysis or changed on disk. */
    public Job reingestOutdated(String who) {
        return jobs.submit(Job.Kind.REINGEST, who, List.of(), ingest::reingestOutdated);
    }

    /** Brings the index in line with the uploads folder: what a crash cut short, files put there by hand. */
    void synchronizeUploads() {
        try {
            uploads.discardStaged();
        } catch (IOException e) {
            log.warn("files received before the restart stay in {}: {}", uploads.folder(), e.getMessage());
        }
        if (Files.isDirectory(uploads.folder())) {
            jobs.submit(Job.Kind.SYNCHRONIZE, SYSTEM, List.of(),
                    listener -> ingest.synchronize(uploads.folder(), listener));
        }
    }

    public List<Job> jobs() {
        return jobs.all();
    }

    public Optional<Job> job(String id) {
        return jobs.get(id);
    }

    /** The indexed plan files, outdated or not, uploaded or not. */
    public List<ArchivedPlan> plans() {
        Set<String> outdated = ingest.outdated().stream().map(f -> f.document().id()).collect(Collectors.toSet());
        return index.files().stream().map(file -> {
            PlanDocument doc = file.document();
            PlanMetadata meta = doc.metadata();
            return new ArchivedPlan(doc.id(), doc.file(), meta.municipality(), meta.prefecture(), meta.planType(),
                    meta.title(), file.passages(), outdated.contains(doc.id()), uploads.holds(Path.of(doc.path())));
        }).toList();
    }

    /**
     * Deletes a plan from the index (its passages, indicators and file record) and, when it was uploaded, its
     * stored file; a file from elsewhere (the corpus, the command line) stays where it is.
     *
     * @return empty when the index has no such document
     */
    public Optional<Deletion> delete(String who, String documentId) throws IOException {
        Optional<IndexedFile> known = index.file(documentId);
        if (known.isEmpty()) {
            record(who, "delete", documentId, "見つかりません");
            return Optional.empty();
        }
        PlanDocument doc = known.get().document();
        index.delete(documentId);
        index.commit();
        Path source = Path.of(doc.path());
        boolean uploaded = uploads.holds(source);
        try {
            if (uploaded) {
                uploads.delete(source);
            }
        } catch (IOException e) {
            record(who, "delete", doc.file(), "索引から削除、ファイルは削除できません: " + e.getMessage());
            throw e;
        }
        String outcome = uploaded ? "索引と保存したファイルを削除" : "索引から削除（元のファイルはそのまま）";
        record(who, "delete", doc.file(), outcome);
        return Optional.of(new Deletion(documentId, doc.file(), uploaded, outcome));
    }

    /**
     * Writes an action to the audit log (the sign-in of the security room too).
     *
     * @throws UncheckedIOException when it cannot be written (also logged as an error)
     */
    public void record(String who, String action, String target, String outcome) {
        audit.append(new AuditEntry(clock.instant(), who == null ? "anonymous" : who, action, target, outcome));
    }

    /** The audit log newest first, {@code limit} entries after the first {@code offset}. */
    public List<AuditEntry> audit(int limit, int offset) throws IOException {
        if (limit < 1 || limit > 1000 || offset < 0) {
            throw new IllegalArgumentException("limit must be 1 to 1000 and offset 0 or more");
        }
        return audit.read(limit, offset);
    }

    @Override
    public void close() throws InterruptedException {
        jobs.close();
    }
}
