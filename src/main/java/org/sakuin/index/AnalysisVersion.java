package org.sakuin.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names the analysis a file was indexed with, so that an index built before the analysis changed can be told
 * apart: its Kuromoji tokens no longer meet the tokens new queries produce. Stored on each file's record and
 * compared when the index is read; an ingest re-ingests the files that differ.
 */
final class AnalysisVersion {

    /**
     * Raise it whenever the analysis changes in code (tokenizer mode, filters, char filters) or what a record
     * keeps of it ({@link PlanVocabulary}, the indicator figures); the user dictionary counts through its hash.
     * Version 1, before the user dictionary and the vocabulary, stored no fingerprint at all; version 3 reads
     * indicator figures with their multipliers, qualifiers and bases (1.2万人 was 1.2, is now 12000 人); version 4
     * keeps the plan's first year on each passage, to sort by it, gives passages their variant keys (取組 = 取り組み)
     * and their prior (a heading alone, a cover page), and keeps the rows of indicator tables that PDF text
     * extraction flattened into lines as rows of cells in passages.
     */
    static final int VERSION = 4;

    /**
     * Sakuin's analysis as this build does it. Only the dictionary's entries are hashed: editing a comment there
     * must not re-ingest the whole index.
     */
    static final String CURRENT = fingerprint(VERSION, String.join("\n", UserDictionaryFile.bundled().entries()));

    private AnalysisVersion() {
    }

    /** What an index opened with the profile writes; the stock baseline does not use the dictionary. */
    static String of(SearchProfile profile) {
        return profile == SearchProfile.STOCK_KUROMOJI ? "stock-kuromoji" : CURRENT;
    }

    static String fingerprint(int version, String dictionaryEntries) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dictionaryEntries.getBytes(StandardCharsets.UTF_8));
            return version + "-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
