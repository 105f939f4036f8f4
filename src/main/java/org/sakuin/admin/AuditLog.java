package org.sakuin.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log: one JSON object a line, appended and synced as each action ends, never rewritten. A line is one
 * line whatever a name holds (JSON escapes line breaks), and a torn last line of a crash is skipped when read.
 */
final class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;

    AuditLog(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path file() {
        return file;
    }

    /**
     * @throws UncheckedIOException when the line cannot be written: an action that goes unrecorded must be known,
     *                              so it is also logged as an error with the entry
     */
    synchronized void append(AuditEntry entry) {
        String line = JSON.writeValueAsString(entry) + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
        } catch (IOException e) {
            log.error("the audit log {} cannot be written; this action is not in it: {}", file, line.strip(), e);
            throw new UncheckedIOException("the audit log cannot be written: " + e.getMessage(), e);
        }
    }

    /** Newest first, skipping {@code offset} entries. */
    synchronized List<AuditEntry> read(int limit, int offset) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<AuditEntry> page = new ArrayList<>();
        int skipped = 0;
        for (int i = lines.size() - 1; i >= 0 && page.size() < limit; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            AuditEntry entry = parse(lines.get(i));
            if (entry != null && skipped++ >= offset) {
                page.add(entry);
            }
        }
        return page;
    }

    private AuditEntry parse(String line) {
        try {
            return JSON.readValue(line, AuditEntry.class);
        } catch (JacksonException e) {
            log.warn("skipping an unreadable line of the audit log {}: {}", file, e.getOriginalMessage());
            return null;
        }
    }
}
