package org.sakuin.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Spring Boot's recommended way to start fast: the packaged jar extracted once into a cache folder
 * ({@code java -Djarmode=tools -jar sakuin.jar extract}) and run from there with a dynamic class-data-sharing
 * archive that the JVM writes on the first run and maps on every later one.
 */
final class FastStart {

    private final Path applicationJar;
    private final Path archive;

    private FastStart(Path applicationJar, Path archive) {
        this.applicationJar = applicationJar;
        this.archive = archive;
    }

    /** Prepared when running from the packaged jar and a cache folder can be written; else empty. */
    static Optional<FastStart> forPackagedJar(Path java) {
        if ("false".equalsIgnoreCase(System.getenv("SAKUIN_FAST_START"))) {
            return Optional.empty();
        }
        try {
            Optional<Path> jar = packagedJar();
            if (jar.isEmpty()) {
                return Optional.empty();
            }
            Path folder = extracted(java, jar.get());
            return Optional.of(new FastStart(folder.resolve("app").resolve(jar.get().getFileName()),
                    folder.resolve("java-" + JavaFinder.featureOf(java.getParent().getParent()) + ".jsa")));
        } catch (IOException | RuntimeException e) {
            System.err.println("sakuin: fast start unavailable (" + e.getMessage() + "); starting normally");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    List<String> command(Path java, boolean shortLived) {
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "--enable-native-access=ALL-UNNAMED"));
        if (shortLived) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("-jar", applicationJar.toString()));
        return command;
    }

    /** The Spring Boot jar this class was loaded from (a nested location), if it was. */
    private static Optional<Path> packagedJar() throws IOException {
        String location = String.valueOf(FastStart.class.getProtectionDomain().getCodeSource().getLocation());
        String classPath = System.getProperty("java.class.path");
        if (!location.startsWith("jar:nested:") || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(classPath).toRealPath());
    }

    /** The extracted copy for this jar version, made once; older versions of the same jar are removed. */
    private static Path extracted(Path java, Path jar) throws IOException, InterruptedException {
        Path cache = cacheRoot();
        String jarKey = hash(jar.toString());
        Path folder = cache.resolve(jarKey + "-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis());
        if (Files.isRegularFile(folder.resolve("app").resolve(jar.getFileName()))) {
            return folder;
        }
        Files.createDirectories(cache);
        Path work = Files.createTempDirectory(cache, "extracting-");
        Process extract = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", work.resolve("app").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (extract.waitFor() != 0) {
            deleteTree(work);
            throw new IOException("extracting " + jar + " failed");
        }
        try {
            Files.move(work, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException raced) {
            deleteTree(work); // another process finished first: use its copy
        }
        removeOlderVersions(cache, jarKey, folder);
        return folder;
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path home = Path.of(System.getProperty("user.home"));
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        return root.resolve("sakuin");
    }

    private static void removeOlderVersions(Path cache, String jarKey, Path keep) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path old : entries.filter(p -> p.getFileName().toString().startsWith(jarKey + "-") && !p.equals(keep))
                    .toList()) {
                deleteTree(old);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
