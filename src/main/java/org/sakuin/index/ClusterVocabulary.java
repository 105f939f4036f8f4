package org.sakuin.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The plans' vocabulary for suggestions and did-you-mean on a cluster: gathered from the file records' vocabularies
 * (as the embedded index gathers its own) when the index is opened and after each commit, held in memory, and
 * never built on a request. The cluster's own term dictionaries know no readings (じちかい → 自治会) and no plan
 * counts, which is why Sakuin keeps its own.
 */
final class ClusterVocabulary implements AutoCloseable {

    private final ReentrantReadWriteLock serving = new ReentrantReadWriteLock();
    private VocabularyIndex index;

    /** Replaces the vocabulary with one of these plans' vocabularies (each as {@link PlanVocabulary#encode}). */
    void rebuild(List<String> encodedPlans) {
        List<List<VocabularyEntry>> plans = new ArrayList<>(encodedPlans.size());
        encodedPlans.forEach(encoded -> plans.add(PlanVocabulary.decode(encoded)));
        try {
            VocabularyIndex built = VocabularyIndex.build(VocabularyTotals.of(plans),
                    VocabularyIndex.Directories.inMemory());
            VocabularyIndex old;
            serving.writeLock().lock();
            try {
                old = index;
                index = built;
            } finally {
                serving.writeLock().unlock();
            }
            if (old != null) {
                old.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory vocabulary cannot fail to be written", e);
        }
    }

    <T> T read(VocabularyStore.Lookup<T> lookup, T none) {
        serving.readLock().lock();
        try {
            return index == null ? none : lookup.apply(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            serving.readLock().unlock();
        }
    }

    @Override
    public void close() throws IOException {
        serving.writeLock().lock();
        try {
            if (index != null) {
                index.close();
                index = null;
            }
        } finally {
            serving.writeLock().unlock();
        }
    }
}
