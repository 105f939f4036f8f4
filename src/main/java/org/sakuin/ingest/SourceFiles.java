package org.sakuin.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the files to ingest under the given paths, and names them. Only regular files are read: a symbolic link
 * leading outside the folder being ingested (to {@code /etc/passwd}, say) is refused, and a FIFO, socket, device or
 * dangling link is reported rather than opened, so nothing outside the folder is indexed and nothing blocks.
 */
final class SourceFiles {

    /** A file to ingest: its real path, and its name relative to the folder it was found in. */
    record Source(Path file, String name) {
    }

    /** What the paths hold: the files to ingest, in order, and the entries refused with their reasons. */
    record Found(List<Source> files, List<IngestReport.Failure> refused) {
    }

    static final String BROKEN_LINK = "broken symbolic link";
    static final String LINK_OUTSIDE = "symbolic link leading outside the folder: refused";

    private SourceFiles() {
    }

    /**
     * Regular files, folders walked recursively in name order; hidden files, Office lock files and manifests
     * skipped. A file given by itself is taken as it is (links followed: the user named it).
     */
    static Found expand(List<Path> paths) throws IOException {
        List<Source> files = new ArrayList<>();
        List<IngestReport.Failure> refused = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, files, refused);
            } else if (Files.exists(path)) {
                Path real = path.toRealPath();
                String notRegular = notRegular(real);
                if (notRegular == null) {
                    files.add(new Source(real, displayName(path)));
                } else {
                    refused.add(new IngestReport.Failure(path, notRegular));
                }
            } else if (Files.isSymbolicLink(path)) {
                refused.add(new IngestReport.Failure(path, BROKEN_LINK));
            } else {
                throw new IOException("no such file or folder: " + path);
            }
        }
        return new Found(files, refused);
    }

    private static void walk(Path root, List<Source> files, List<IngestReport.Failure> refused) throws IOException {
        Path realRoot = root.toRealPath();
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(root)) {
            entries = walk.filter(f -> !f.equals(root) && isDocument(root, f)).sorted().toList();
        }
        for (Path entry : entries) {
            try {
                Path target = entry.toRealPath();
                if (!target.startsWith(realRoot)) {
                    refused.add(new IngestReport.Failure(entry, LINK_OUTSIDE));
                } else if (!Files.isDirectory(target)) {
                    // a link to a folder inside is not followed: the walk reaches its files by their own path;
                    // a link to a file inside names that file, so the two are one document of one name
                    String notRegular = notRegular(target);
                    if (notRegular == null) {
                        files.add(new Source(target, relativeName(realRoot, target)));
                    } else {
                        refused.add(new IngestReport.Failure(entry, notRegular));
                    }
                }
            } catch (NoSuchFileException e) {
                // a dangling link, or a file deleted since the walk saw it
                refused.add(new IngestReport.Failure(entry, Files.isSymbolicLink(entry) ? BROKEN_LINK : "file is gone"));
            } catch (IOException e) {
                refused.add(new IngestReport.Failure(entry, "cannot read file: " + e.getMessage()));
            }
        }
    }

    /** Why a real path is not a file to read, or null if it is a regular file. Never opens it: a FIFO would block. */
    private static String notRegular(Path real) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return null;
        }
        return "not a regular file (" + specialKind(real) + ")";
    }

    /** FIFO, socket or device, from the Unix file mode where the platform tells it. */
    private static String specialKind(Path real) {
        try {
            int type = (Integer) Files.getAttribute(real, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "FIFO";
                case 0140000 -> "socket";
                case 0020000 -> "character device";
                case 0060000 -> "block device";
                default -> "special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "special file";
        }
    }

    private static boolean isDocument(Path root, Path file) {
        String name = file.getFileName().toString();
        // the manifest and a folder's README describe the plans; Office lock files are not documents
        if (name.equals(Manifest.FILE_NAME) || name.startsWith("~$") || name.toUpperCase().startsWith("README.")) {
            return false;
        }
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** A document's identity: its absolute path, hashed to a short stable id. */
    static String documentId(Path file) {
        return sha256(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    /** A folder's real path, or its absolute one when it is gone. */
    static Path realOrAbsolute(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    static String contentHash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /**
     * What readers see of a file given by itself: its name. Never the path: the server's folders are nobody's
     * business, and {@code ../shared/seeds/x.pdf} says nothing a reader needs.
     */
    static String displayName(Path file) {
        return file.getFileName().toString();
    }

    /** A file found in a folder, named from that folder down: {@code 旭川市/計画.pdf}. */
    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The name a file ingested before keeps when it is ingested again from the index: an older Sakuin recorded the
     * path as given, absolute or climbing out with {@code ..}; such a name becomes the file's own.
     */
    static String storedName(String name, Path file) {
        Path stored = Path.of(name).normalize();
        boolean climbs = stored.getNameCount() > 0 && stored.getName(0).toString().equals("..");
        return stored.isAbsolute() || climbs ? file.getFileName().toString() : name;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static boolean exists(String absolutePath) {
        try {
            return Files.isRegularFile(Path.of(absolutePath));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
