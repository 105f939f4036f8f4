package org.sakuin.index;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the archive is kept and on which backend: the one setting the command line, the REST API and the UI all
 * open their index from ({@link PlanIndexes}), so none of them picks an implementation.
 *
 * @param backend the engine keeping the index
 * @param folder  the embedded index's folder
 */
public record IndexSettings(Backend backend, Path folder) {

    /** The engines an archive can be kept in. */
    public enum Backend {
        /** A Lucene index in a folder of this machine ({@link LuceneIndex}). */
        EMBEDDED
    }

    public IndexSettings {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(folder, "folder");
    }

    public static IndexSettings embedded(Path folder) {
        return new IndexSettings(Backend.EMBEDDED, folder);
    }

    /** Where the index is, for messages: "→ index/". */
    public String describe() {
        return folder.toString();
    }
}
