package org.sakuin.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sakuin.plan.PlanMetadata;

/**
 * A folder's {@code sakuin-manifest.csv}: what a file's text may not say about it
 * (header {@code file,municipality,prefecture,title,plan_type}; file paths relative to the folder).
 * UTF-8 with or without a byte order mark, or Shift_JIS as Excel on Japanese Windows saves CSV.
 */
final class Manifest {

    static final String FILE_NAME = "sakuin-manifest.csv";
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final List<String> HEADER = List.of("file", "municipality", "prefecture", "title", "plan_type");

    private final Path folder;
    private final Map<String, PlanMetadata> entries;

    private Manifest(Path folder, Map<String, PlanMetadata> entries) {
        this.folder = folder;
        this.entries = entries;
    }

    static Manifest read(Path manifestFile) throws IngestException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new StringReader(withoutByteOrderMark(text(manifestFile)));
             CSVParser csv = CSVParser.parse(reader, format)) {
            List<String> header = csv.getHeaderNames();
            if (!header.containsAll(HEADER)) {
                throw new IngestException("manifest header must be " + String.join(",", HEADER) + " but is "
                        + String.join(",", header));
            }
            Map<String, PlanMetadata> entries = new HashMap<>();
            for (CSVRecord record : csv) {
                entries.put(key(record.get("file")), metadata(record));
            }
            return new Manifest(manifestFile.toAbsolutePath().getParent(), entries);
        } catch (IOException | IllegalArgumentException e) {
            throw new IngestException("manifest " + manifestFile + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(Path manifestFile) throws IOException {
        byte[] bytes = Files.readAllBytes(manifestFile);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_31J);
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static PlanMetadata metadata(CSVRecord record) {
        return new PlanMetadata(blankToNull(record, "municipality"), blankToNull(record, "prefecture"),
                blankToNull(record, "title"), blankToNull(record, "plan_type"), null);
    }

    private static String blankToNull(CSVRecord record, String column) {
        String value = record.isSet(column) ? record.get(column) : null; // a short row leaves the rest blank
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String key(String relativePath) {
        return relativePath.strip().replace('\\', '/');
    }

    /** The manifest's entry for a file inside its folder. */
    Optional<PlanMetadata> lookup(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder)) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(key(folder.relativize(absolute).toString())));
    }
}
