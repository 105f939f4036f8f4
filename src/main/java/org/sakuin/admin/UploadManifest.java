package org.sakuin.admin;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sakuin.plan.PlanMetadata;

/**
 * The uploads folder's {@code sakuin-manifest.csv}, in the format ingest reads (header
 * {@code file,municipality,prefecture,title,plan_type}): what administrators confirmed of each uploaded file, so
 * every later ingest of it, after a restart or a new analysis, keeps it. Rewritten whole, through a temporary file
 * moved over it, so a crash leaves the old manifest or the new one.
 */
final class UploadManifest {

    static final String FILE_NAME = "sakuin-manifest.csv";
    private static final String[] HEADER = {"file", "municipality", "prefecture", "title", "plan_type"};

    private final Path file;

    UploadManifest(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    synchronized void put(String name, PlanMetadata metadata) throws IOException {
        Map<String, List<String>> rows = rows();
        rows.put(name, Stream.of(metadata.municipality(), metadata.prefecture(), metadata.title(),
                metadata.planType()).map(UploadManifest::cell).toList());
        write(rows);
    }

    synchronized void remove(String name) throws IOException {
        Map<String, List<String>> rows = rows();
        if (rows.remove(name) != null) {
            write(rows);
        }
    }

    private Map<String, List<String>> rows() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return rows;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(reader, format)) {
            for (CSVRecord record : csv) {
                rows.put(record.get("file"), Stream.of(HEADER).skip(1)
                        .map(column -> record.isSet(column) ? record.get(column) : "").toList());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("the uploads manifest " + file + " cannot be read: " + e.getMessage(), e);
        }
        return rows;
    }

    private void write(Map<String, List<String>> rows) throws IOException {
        Path temporary = file.resolveSibling("." + FILE_NAME + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Map.Entry<String, List<String>> row : rows.entrySet()) {
                csv.print(row.getKey());
                csv.printRecord(row.getValue());
            }
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String cell(String value) {
        return value == null ? "" : value.strip();
    }
}
