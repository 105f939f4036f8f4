package org.sakuin.formats;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The programs that turn a plan into what a reader of the plan gets: LibreOffice prints Word and Excel files
 * to PDF, headless Chromium prints a web page to PDF, and poppler's {@code pdftotext -layout} gives the
 * column-preserving text judges feed Sakuin. Each runs as a child process with a time limit; a failure says
 * which program failed on what, with its output.
 */
final class Renderers {

    static final String SOFFICE = "soffice";
    static final String CHROMIUM = "chromium";
    static final String PDFTOTEXT = "pdftotext";

    private static final long OFFICE_TIMEOUT_SECONDS = 600;
    private static final long PAGE_TIMEOUT_SECONDS = 120;

    private final Path workFolder;

    /** {@code workFolder} holds the programs' private profiles, so that parallel runs never share one. */
    Renderers(Path workFolder) {
        this.workFolder = workFolder;
    }

    static boolean installed(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Prints the office documents to PDF in {@code outFolder} (same base names) with ONE LibreOffice start,
     * since starting it costs more than converting a small document.
     */
    void officeToPdf(List<Path> documents, Path outFolder) throws IOException {
        Files.createDirectories(outFolder);
        List<String> command = new ArrayList<>(List.of(SOFFICE,
                "-env:UserInstallation=" + workFolder.resolve("office-profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outFolder.toString()));
        documents.forEach(d -> command.add(d.toString()));
        run(command, OFFICE_TIMEOUT_SECONDS);
        for (Path document : documents) {
            Path pdf = outFolder.resolve(stem(document) + ".pdf");
            if (!Files.isRegularFile(pdf)) {
                throw new IOException("LibreOffice wrote no " + pdf + " for " + document);
            }
        }
    }

    void pageToPdf(Path html, Path pdf) throws IOException {
        Files.createDirectories(pdf.getParent());
        run(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + workFolder.resolve("chromium-profile"), "--print-to-pdf=" + pdf,
                html.toUri().toString()), PAGE_TIMEOUT_SECONDS);
        if (!Files.isRegularFile(pdf)) {
            throw new IOException("Chromium wrote no " + pdf + " for " + html);
        }
    }

    void layoutText(Path pdf, Path text) throws IOException {
        Files.createDirectories(text.getParent());
        run(List.of(PDFTOTEXT, "-layout", "-enc", "UTF-8", pdf.toString(), text.toString()), PAGE_TIMEOUT_SECONDS);
    }

    static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    // The output goes to a file, not a pipe: a program that hangs must not hang the test past its time limit.
    private void run(List<String> command, long timeoutSeconds) throws IOException {
        Path log = Files.createTempFile(workFolder, Path.of(command.getFirst()).getFileName().toString(), ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " took over " + timeoutSeconds + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IOException(command.getFirst() + " exited " + process.exitValue() + ": " + command + "\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command, e);
        }
    }
}
