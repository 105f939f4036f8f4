package org.sakuin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Plan files to ingest during a load: copies of real plans, each round of them in a folder of its own (another path
 * is another plan to the archive), as many as asked, copied in at once as someone adding a batch of plans would.
 */
final class PlanCopies {

    private final List<Path> originals;

    private PlanCopies(List<Path> originals) {
        this.originals = originals;
    }

    /** The plan files of these folders (their manifests and READMEs left out: they describe, they are no plans). */
    static PlanCopies of(List<Path> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(Files::isRegularFile).filter(PlanCopies::isPlan).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no plan files in " + folders);
        }
        return new PlanCopies(files);
    }

    private static boolean isPlan(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.equals("sakuin-manifest.csv")
                && !name.toUpperCase(Locale.ROOT).startsWith("README.");
    }

    /** Copies {@code count} files into the folder: round r of the plans in {@code copy-r/}. */
    void copyInto(Path folder, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path original = originals.get(i % originals.size());
            Path round = Files.createDirectories(folder.resolve(String.format(Locale.ROOT, "copy-%03d",
                    i / originals.size())));
            Files.copy(original, round.resolve(original.getFileName().toString()));
        }
    }
}
