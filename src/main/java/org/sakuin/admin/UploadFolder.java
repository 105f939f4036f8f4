package org.sakuin.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sakuin.plan.PlanMetadata;

/**
 * The uploads folder: files are received into its hidden {@code .staging} folder (on the same file system, so
 * storing one is a rename: a reader or a crash sees the old file or the new one, never half of one), then stored
 * under their safe names with what was confirmed of them in the folder's manifest. A file of the same name is
 * replaced: uploading it again is how a corrected version comes in.
 */
final class UploadFolder {

    private static final Pattern STAGED_ID = Pattern.compile("[0-9a-f-]{36}");

    /** The folder as configured: ingest names files as it is given them, as it does the corpus's. */
    private final Path given;
    private final Path root;
    private final Path staging;
    private final UploadManifest manifest;

    UploadFolder(Path folder) {
        this.given = folder.normalize();
        this.root = folder.toAbsolutePath().normalize();
        this.staging = root.resolve(".staging");
        this.manifest = new UploadManifest(root);
    }

    /** The folder, as configured. */
    Path folder() {
        return given;
    }

    /** Receives a file, up to {@code limit} bytes; nothing is kept of one refused. */
    StagedUpload stage(String originalName, InputStream content, long limit) throws IOException {
        String name = UploadNames.safe(originalName);
        Files.createDirectories(staging);
        String id = UUID.randomUUID().toString();
        // under its own name: ingest's reader tells formats apart by the name too, and inference reads towns in it
        Path received = Files.createDirectories(staging.resolve(id)).resolve(name);
        long size = 0;
        try (OutputStream out = Files.newOutputStream(received, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = content.read(buffer)) > 0; ) {
                size += n;
                if (size > limit) {
                    throw new UploadTooLargeException(name, limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            deleteHeld(received);
            throw e;
        }
        if (size == 0) {
            deleteHeld(received);
            throw new IllegalArgumentException("「" + name + "」 is empty");
        }
        return new StagedUpload(id, name, size);
    }

    /** Where a received file is held; only ids this folder gave out name one. */
    Path staged(StagedUpload upload) {
        Path held = STAGED_ID.matcher(upload.id()).matches()
                ? staging.resolve(upload.id()).resolve(UploadNames.safe(upload.name())) : null;
        if (held == null || !Files.isRegularFile(held)) {
            throw new IllegalArgumentException("no received file " + upload.id() + " (received before a restart?)");
        }
        return held;
    }

    /**
     * @param file     the stored file, in the folder as configured
     * @param replaced whether a file of that name was replaced
     */
    record Stored(Path file, boolean replaced) {
    }

    /**
     * Stores a received file under its name, replacing one of that name, with its confirmed metadata in the manifest
     * first (a row whose file never came is harmless; a file without its row would be ingested without it).
     */
    synchronized Stored store(PlanUpload upload) throws IOException {
        Path from = staged(upload.file());
        Path target = fileNamed(UploadNames.safe(upload.file().name()));
        boolean replaced = Files.exists(target);
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("「" + target.getFileName() + "」 is a folder in the uploads folder");
        }
        manifest.put(target.getFileName().toString(), upload.metadata());
        Files.move(from, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(from.getParent());
        return new Stored(given.resolve(target.getFileName()), replaced);
    }

    /** The stored file of this name (already safe), which is always directly inside the folder. */
    private Path fileNamed(String safeName) {
        Path file = root.resolve(safeName).normalize();
        if (!root.equals(file.getParent())) {
            throw new IllegalArgumentException("「" + safeName + "」 would be stored outside the uploads folder");
        }
        return file;
    }

    /** Whether an indexed file is one stored here, so deleting its plan may delete it. */
    boolean holds(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return root.equals(absolute.getParent()) && !absolute.getFileName().toString().startsWith(".")
                && !absolute.getFileName().toString().equals(UploadManifest.FILE_NAME);
    }

    /** Deletes a stored file and its manifest row; a file outside the folder is refused. */
    synchronized void delete(Path file) throws IOException {
        if (!holds(file)) {
            throw new IllegalArgumentException(file.getFileName() + " is not in the uploads folder");
        }
        manifest.remove(file.getFileName().toString());
        Files.deleteIfExists(file.toAbsolutePath().normalize());
    }

    /** Forgets files received but never stored, by a server that ended meanwhile. */
    void discardStaged() throws IOException {
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (Stream<Path> held = Files.walk(staging)) {
            for (Path path : held.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Forgets one received file the administrator decided not to store. */
    void discard(StagedUpload upload) throws IOException {
        deleteHeld(staged(upload));
    }

    private static void deleteHeld(Path received) throws IOException {
        Files.deleteIfExists(received);
        Files.deleteIfExists(received.getParent());
    }
}
