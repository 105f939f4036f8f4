package org.sakuin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar relaunches Sakuin on a prepared copy of itself; killing the launcher outright ends that Sakuin. */
@Tag("e2e")
class RelaunchedSakuinIT {

    private static final Path JAR = Path.of("target/sakuin.jar");

    @TempDir
    Path temp;

    @Test
    void aServerRelaunchedByTheJarEndsWhenItsLauncherIsKilled() throws Exception {
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString(), "serve", "--index",
                temp.resolve("index").toString(), "--corpus", temp.resolve("no-corpus").toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(temp.resolve("server.log").toFile());
        builder.environment().remove("SAKUIN_RELAUNCHED");
        builder.environment().remove("SAKUIN_FAST_START");
        Process launcher = builder.start();
        try {
            ProcessHandle server = relaunched(launcher).orElseThrow(() -> new AssertionError(
                    "no relaunched server within 120 s; log:\n" + log()));

            launcher.destroyForcibly(); // SIGKILL: the launcher's shutdown hook does not run
            assertThat(launcher.waitFor(10, TimeUnit.SECONDS)).isTrue();

            server.onExit().get(60, TimeUnit.SECONDS);
            assertThat(server.isAlive()).as("the relaunched server after its launcher was killed").isFalse();
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    /** The launcher's child that runs {@code serve} (after any short-lived one that prepares the copy). */
    private static Optional<ProcessHandle> relaunched(Process launcher) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && launcher.isAlive()) {
            Optional<ProcessHandle> server = launcher.children().filter(child -> child.info().arguments()
                    .map(args -> String.join(" ", args).contains("serve")).orElse(false)).findFirst();
            if (server.isPresent()) {
                return server;
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }

    private String log() {
        try {
            return Files.readString(temp.resolve("server.log"));
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
