package org.sakuin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The pure parts of starting and measuring a server: its command line and the reading of /proc/PID/status. */
class ServerProcessTest {

    private static final String STATUS = """
            Name:\tjava
            VmPeak:\t 5123456 kB
            VmHWM:\t  812344 kB
            VmRSS:\t  790528 kB
            RssAnon:\t  512000 kB
            RssFile:\t  278528 kB
            Threads:\t42
            """;

    @Test
    void readsPeakAndCurrentResidentMemoryInKilobytes() {
        assertThat(ServerProcess.kilobytes(STATUS, "VmHWM")).isEqualTo(OptionalLong.of(812344));
        assertThat(ServerProcess.kilobytes(STATUS, "VmRSS")).isEqualTo(OptionalLong.of(790528));
        assertThat(ServerProcess.memory(STATUS)).isEqualTo("peak RSS (VmHWM) 793 MB, RSS (VmRSS) 772 MB"
                + " = heap and native (RssAnon) 500 MB + mapped index files (RssFile) 272 MB");
    }

    @Test
    void aMissingFieldIsNotAvailable() {
        assertThat(ServerProcess.kilobytes("Name:\tjava\n", "VmHWM")).isEmpty();
        assertThat(ServerProcess.memory("Name:\tjava\n")).isEqualTo("peak RSS (VmHWM) n/a, RSS (VmRSS) n/a"
                + " = heap and native (RssAnon) n/a + mapped index files (RssFile) n/a");
    }

    @Test
    void thePackagedJarRunsWithDashJar() {
        List<String> command = ServerProcess.command("/jdk/bin/java", "1g", "/app/sakuin.jar", Path.of("/idx"), 4711,
                Path.of("/tmp/none"));
        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-jar",
                "/app/sakuin.jar", "serve", "--index", "/idx", "--port", "4711", "--corpus", "/tmp/none");
    }

    @Test
    void aClassPathRunsTheCommandLineMainClass() {
        String classPath = "target/classes" + File.pathSeparator + "lib/lucene-core.jar";
        List<String> command = ServerProcess.command("java", "512m", classPath, Path.of("/idx"), 80, Path.of("/c"));
        assertThat(command).containsSubsequence("-Xmx512m", "-cp", classPath, "org.sakuin.cli.SakuinCli", "serve");
    }
}
