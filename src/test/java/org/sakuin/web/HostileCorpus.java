package org.sakuin.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sakuin.security.TestAdministrator;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The bundled corpus as a hostile user would leave it: an HTML plan with a script, a link to a secret file outside
 * the folder, a FIFO and a dangling link beside the plans. Built once per test JVM under {@code target/}, with the
 * index of the server that serves it.
 */
final class HostileCorpus {

    /**
     * Points the server at the corpus, its own index and uploads folder, and the tests' administrator. An initializer, not a {@code @DynamicPropertySource}: test
     * classes naming the same one share one cached server, which alone may hold the index.
     */
    public static final class Server implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sakuin-hostile-corpus",
                        Map.of("sakuin.corpus", corpus().toString(), "sakuin.index", index().toString(),
                                "sakuin.uploads", root().resolve("uploads").toString(),
                                "sakuin.security.users", TestAdministrator.usersFile(root()).toString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Text of the file outside the corpus: no response may ever hold it. */
    static final String SECRET = "門外不出の合言葉-fuzz-7f3a9c";
    /** What the HTML plan's script would set the page's title to, did it run. */
    static final String SCRIPT_TITLE = "script ran";
    static final String HTML_PLAN = "xss.html";

    private static Path root;

    private HostileCorpus() {
    }

    static synchronized Path root() {
        if (root == null) {
            try {
                root = build(Files.createTempDirectory(Files.createDirectories(Path.of("target")), "hostile-")
                        .toRealPath());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot build the hostile corpus", e);
            }
        }
        return root;
    }

    static Path corpus() {
        return root().resolve("corpus");
    }

    static Path index() {
        return root().resolve("index");
    }

    /** The file outside the corpus, linked into it. */
    static Path secret() {
        return root().resolve("outside").resolve("secret.txt");
    }

    /** The ids the documents at these paths would have, had they been indexed: what a guessing client would ask. */
    static List<String> neverIndexedIds() {
        return Stream.of(secret(), corpus().resolve("secret.txt"), corpus().resolve("pipe.txt"), Path.of("/etc/passwd"))
                .map(path -> sha256(path.toString()).substring(0, 16)).toList();
    }

    private static Path build(Path root) throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of(CorpusIngest.CORPUS))) {
            for (Path file : files.toList()) {
                Files.copy(file, corpus.resolve(file.getFileName()));
            }
        }
        Files.writeString(corpus.resolve(HTML_PLAN), "<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\">"
                + "<title>まちづくり計画</title></head><body><h1>まちづくり計画</h1>"
                + "<p>地域の公共交通を守り、移住と定住を進めます。</p>"
                + "<script>document.title = '" + SCRIPT_TITLE + "'; alert(document.cookie);</script>"
                + "<img src=\"x\" onerror=\"document.title = '" + SCRIPT_TITLE + "'\"></body></html>",
                StandardCharsets.UTF_8);
        Path secret = Files.writeString(Files.createDirectories(root.resolve("outside")).resolve("secret.txt"),
                SECRET + "\n移住と定住の計画\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(corpus.resolve("secret.txt"), secret);
        Files.createSymbolicLink(corpus.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("never-there.txt"));
        if (new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start().waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
        return root;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
