package org.sakuin.index;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every plan's vocabulary added up: each word, heading and indicator name with the plans that use it and its
 * occurrences in all of them. Kept beside a generation of the vocabulary, so that the next one adds the plans
 * ingested since and takes out the plans replaced or removed, instead of reading every plan's record again
 * (at a million passages that was most of the time an ingest of one file took).
 */
final class VocabularyTotals {

    private final Map<String, VocabularyWord> words = new LinkedHashMap<>();

    /** The vocabularies of all the plans, each plan counted once per word. */
    static VocabularyTotals of(Iterable<List<VocabularyEntry>> plans) {
        VocabularyTotals totals = new VocabularyTotals();
        plans.forEach(totals::add);
        return totals;
    }

    void add(List<VocabularyEntry> plan) {
        for (VocabularyEntry entry : plan) {
            words.merge(VocabularyWord.key(entry.kind(), entry.surface()), new VocabularyWord(entry, 1),
                    VocabularyWord::plus);
        }
    }

    /** Takes a plan's vocabulary out again: a word no plan uses any more is gone. */
    void remove(List<VocabularyEntry> plan) {
        for (VocabularyEntry entry : plan) {
            words.computeIfPresent(VocabularyWord.key(entry.kind(), entry.surface()), (key, word) ->
                    word.plans() <= 1 ? null : word.minus(new VocabularyWord(entry, 1)));
        }
    }

    /** The words by {@link VocabularyWord#key}. */
    Map<String, VocabularyWord> words() {
        return Collections.unmodifiableMap(words);
    }

    /** One line a word: its entry as a plan's record keeps it, then the number of plans. */
    void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (VocabularyWord word : words.values()) {
                String entry = PlanVocabulary.encode(List.of(word.entry()));
                out.write(entry, 0, entry.length() - 1);
                out.write("\t" + word.plans() + "\n");
            }
        }
    }

    static VocabularyTotals read(Path file) throws IOException {
        VocabularyTotals totals = new VocabularyTotals();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int plans = line.lastIndexOf('\t');
                List<VocabularyEntry> entry = PlanVocabulary.decode(line.substring(0, plans));
                if (entry.size() != 1) {
                    throw new IOException("unreadable vocabulary line in " + file + ": " + line);
                }
                VocabularyWord word = new VocabularyWord(entry.getFirst(), Integer.parseInt(line.substring(plans + 1)));
                totals.words.put(VocabularyWord.key(word.kind(), word.surface()), word);
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IOException("unreadable vocabulary totals in " + file, e);
        }
        return totals;
    }
}
