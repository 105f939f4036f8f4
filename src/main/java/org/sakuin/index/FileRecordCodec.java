package org.sakuin.index;

import org.sakuin.plan.PlanDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file's record as JSON in a doc value of its own, beside the stored fields: those hold the plan's vocabulary too,
 * and listing the files of a million-passage archive, or their keys, by them decompressed every plan's vocabulary
 * (seconds), where the doc values are read in one pass.
 */
final class FileRecordCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the record says: the plan's file and metadata, its passage count and the analysis it was indexed with. */
    record FileRecord(PlanDocument document, int passages, String analysis) {

        /** What identifies the plan as indexed: the same key, the same vocabulary. */
        String key() {
            return document.id() + "@" + document.contentHash() + "@" + analysis;
        }
    }

    private FileRecordCodec() {
    }

    static String encode(FileRecord record) {
        return JSON.writeValueAsString(record);
    }

    static FileRecord decode(String json) {
        return JSON.readValue(json, FileRecord.class);
    }
}
