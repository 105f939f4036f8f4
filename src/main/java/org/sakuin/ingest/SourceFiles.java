package org.sakuin.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Finds the files to ingest under the given paths, and names them. */
final class SourceFiles {

    private SourceFiles() {
    }

    /** Regular files, folders walked recursively in name order; hidden files, Office lock files and manifests skipped. */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> isDocument(path, f)).sorted().forEach(files::add);
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new IOException("no such file or folder: " + path);
            }
        }
        return files;
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

    /** The path as the user gave it, normalised, with forward slashes. */
    static String displayName(Path file) {
        return file.normalize().toString().replace('\\', '/');
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
