package org.sakuin.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log: JSON lines appended, read back newest first and page by page. */
class AuditLogTest {

    @TempDir
    Path folder;

    private static AuditEntry entry(int second, String who, String target) {
        return new AuditEntry(Instant.parse("2026-04-01T00:00:00Z").plusSeconds(second), who, "upload", target, "保存");
    }

    @Test
    void entriesAreAppendedAsJsonLinesAndReadBackNewestFirstByPage() throws IOException {
        AuditLog log = new AuditLog(folder.resolve("logs/audit.log"));
        for (int i = 0; i < 5; i++) {
            log.append(entry(i, "alice", "plan" + i + ".pdf"));
        }

        List<String> lines = Files.readAllLines(folder.resolve("logs/audit.log"));
        assertThat(lines).hasSize(5);
        assertThat(lines.getFirst()).startsWith("{").contains("\"at\":\"2026-04-01T00:00:00Z\"")
                .contains("\"who\":\"alice\"").contains("\"action\":\"upload\"").contains("\"target\":\"plan0.pdf\"");
        assertThat(log.read(2, 0)).extracting(AuditEntry::target).containsExactly("plan4.pdf", "plan3.pdf");
        assertThat(log.read(2, 4)).extracting(AuditEntry::target).containsExactly("plan0.pdf");
        assertThat(log.read(10, 0).getFirst()).isEqualTo(entry(4, "alice", "plan4.pdf"));
    }

    @Test
    void aNameWithALineBreakStaysOneLineAndATornLastLineIsSkipped() throws IOException {
        Path file = folder.resolve("audit.log");
        AuditLog log = new AuditLog(file);
        log.append(entry(0, "mallory\n{\"who\":\"admin\"}", "x.pdf"));
        Files.writeString(file, "{\"at\":\"2026-04-01T00:00:09Z\",\"who\":\"al", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(log.read(10, 0)).singleElement().extracting(AuditEntry::who)
                .isEqualTo("mallory\n{\"who\":\"admin\"}");
    }

    @Test
    void aLogThatCannotBeWrittenSaysSo() throws IOException {
        AuditLog log = new AuditLog(Files.createDirectories(folder.resolve("a-folder")));

        assertThatThrownBy(() -> log.append(entry(0, "alice", "x.pdf"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("audit log");
    }

    @Test
    void noLogYetReadsAsNoEntries() throws IOException {
        assertThat(new AuditLog(folder.resolve("audit.log")).read(10, 0)).isEmpty();
        assertThat(folder.resolve("audit.log")).doesNotExist();
    }
}
