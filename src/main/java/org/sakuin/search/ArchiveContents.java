package org.sakuin.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sakuin.classify.AreaClassifier;
import org.sakuin.index.IndexedFile;
import org.sakuin.plan.PlanMetadata;

/**
 * What the archive holds, told from its files: how many plans, and per facet dimension the values its plans have
 * ({@code municipality}, {@code prefecture}, {@code planType}) or, for {@code area}, the policy areas and their
 * paths with a sub-area that passages are classified into: the values a search can be narrowed by.
 */
public record ArchiveContents(int plans, Map<String, Set<String>> values) {

    private static final Map<String, Function<PlanMetadata, String>> DIMENSIONS = Map.of(
            "municipality", PlanMetadata::municipality,
            "prefecture", PlanMetadata::prefecture,
            "planType", PlanMetadata::planType);
    /** 子育て・教育 and 子育て・教育 › 学校教育: an area is narrowed by its name or its path with a sub-area. */
    private static final Set<String> AREAS = AreaClassifier.bundled().areas().stream()
            .flatMap(area -> Stream.of(area.area(), area.path())).collect(Collectors.toUnmodifiableSet());

    public static ArchiveContents of(List<IndexedFile> files) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        DIMENSIONS.forEach((dimension, value) -> values.put(dimension, files.stream()
                .map(f -> value.apply(f.document().metadata())).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new))));
        values.put("area", AREAS);
        return new ArchiveContents(files.size(), Map.copyOf(values));
    }

    public int towns() {
        return values.get("municipality").size();
    }

    /**
     * When the newest of the files last changed: the corpus folder is watched and what changes is ingested at once,
     * so this is when the archive was last brought up to date. Empty for an archive whose files cannot be read here.
     */
    public static Optional<Instant> lastChanged(List<IndexedFile> files) {
        return files.stream().map(f -> modified(f.document().path())).flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    private static Optional<Instant> modified(String path) {
        try {
            return Optional.of(Files.getLastModifiedTime(Path.of(path)).toInstant());
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }
}
