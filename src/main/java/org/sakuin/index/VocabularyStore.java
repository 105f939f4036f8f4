package org.sakuin.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plans' vocabulary kept in step with the plans in the index, in a {@link VocabularyFolder}: each set of
 * plans gets a generation folder of its own, written whole before the file {@code current} names it, so that no
 * reader, in this process or another, sees one half built. Opened for writing, the index writes a generation when
 * a commit changed the plans (and on opening, when a Sakuin that kept none wrote the index); opened read-only, it
 * serves the generation named and moves to a newer one once the writer names it. Nothing is built on a request.
 */
final class VocabularyStore implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(VocabularyStore.class);
    /** How often a read-only index looks whether the writer named a newer generation: a file read. */
    private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final VocabularyFolder folder;
    private final SearcherManager searchers;
    /** Lookups share it; a swap takes it alone, for as long as lookups in flight take (milliseconds). */
    private final ReentrantReadWriteLock serving = new ReentrantReadWriteLock(true);
    private final ReentrantLock rechecking = new ReentrantLock();
    private final AtomicBoolean builtInMemory = new AtomicBoolean();
    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicInteger gatheredFromAll = new AtomicInteger();
    /** The vocabularies of plans replaced or deleted since the generation served, by their keys. */
    private final Map<String, List<VocabularyEntry>> leaving = new ConcurrentHashMap<>();
    private Generation served;
    private boolean closed;
    private volatile long checkedAt = System.nanoTime();

    /** A vocabulary and the plans (id@hash@analysis) it was gathered from; null plans when not known. */
    private record Generation(String name, List<String> plans, VocabularyIndex index) {
    }

    interface Lookup<T> {
        T apply(VocabularyIndex vocabulary) throws IOException;
    }

    private VocabularyStore(Path indexFolder, SearcherManager searchers) {
        this.folder = new VocabularyFolder(indexFolder);
        this.searchers = searchers;
    }

    /** The generation named, brought in step with the index's plans if it is not (or there is none). */
    static VocabularyStore forWriting(Path indexFolder, SearcherManager searchers) throws IOException {
        VocabularyStore store = new VocabularyStore(indexFolder, searchers);
        store.served = store.folder.current().flatMap(store::loadQuietly).orElse(null);
        store.update();
        return store;
    }

    /** The generation named; with none (an index of an earlier Sakuin), one gathered in memory, in the background. */
    static VocabularyStore forReading(Path indexFolder, SearcherManager searchers) {
        VocabularyStore store = new VocabularyStore(indexFolder, searchers);
        Optional<String> name = store.folder.current();
        store.served = name.flatMap(store::loadQuietly).orElse(null);
        if (name.isEmpty()) {
            store.buildInMemoryOnce();
        }
        return store;
    }

    /**
     * The lookup on the vocabulary served, or {@code none} while there is none yet: a request never waits for one
     * to be built.
     */
    <T> T read(Lookup<T> lookup, T none) throws IOException {
        recheckIfDue();
        serving.readLock().lock();
        try {
            return served == null ? none : lookup.apply(served.index());
        } finally {
            serving.readLock().unlock();
        }
    }

    /**
     * Before a plan's record is replaced or deleted: what it contributed to the vocabulary served, to be taken out
     * at the next update instead of gathering every plan again.
     */
    void forget(String documentId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            PlanRecords.find(searcher, documentId).ifPresent(plan -> leaving.put(plan.key(), plan.vocabulary()));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * After a commit: a new generation if the plans are not those of the one served. It is the served one's totals
     * with the plans gone taken out and the new ones added, when every plan gone was {@link #forget forgotten};
     * else (a crash between a commit and its update, an older Sakuin's generation) gathered from every record.
     */
    synchronized void update() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            PlanRecords records = PlanRecords.of(searcher);
            List<String> keys = records.keys();
            Generation now = current();
            if (now == null ? keys.isEmpty() : keys.equals(now.plans())) {
                return;
            }
            builds.incrementAndGet();
            VocabularyTotals totals = updated(now, records, keys).orElseGet(() -> {
                gatheredFromAll.incrementAndGet();
                return VocabularyTotals.of(records.vocabularies());
            });
            String name = folder.nextName();
            VocabularyIndex index;
            try {
                index = VocabularyIndex.build(totals, VocabularyIndex.Directories.in(folder.generation(name)));
                folder.writeTotalsAndPlans(name, totals, keys);
            } catch (IOException | RuntimeException e) {
                IOUtils.rm(folder.generation(name));
                throw e;
            }
            folder.name(name);
            swap(new Generation(name, keys, index));
            leaving.clear();
            folder.deleteAllBut(name);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The served generation's totals brought up to these plans, if all that is needed for it is known. */
    private Optional<VocabularyTotals> updated(Generation now, PlanRecords records, List<String> keys)
            throws IOException {
        Optional<Path> file = now == null ? Optional.empty() : folder.totals(now.name());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Set<String> gone = new HashSet<>(now.plans());
        keys.forEach(gone::remove);
        if (!leaving.keySet().containsAll(gone)) {
            return Optional.empty();
        }
        VocabularyTotals totals = VocabularyTotals.read(file.get());
        gone.forEach(key -> totals.remove(leaving.get(key)));
        Set<String> added = new HashSet<>(keys);
        now.plans().forEach(added::remove);
        records.vocabulariesOf(added::contains).forEach(totals::add);
        return Optional.of(totals);
    }

    /** Read-only: at most once a second, whether the writer named another generation; one request looks. */
    private void recheckIfDue() {
        if (System.nanoTime() - checkedAt < RECHECK_NANOS || !rechecking.tryLock()) {
            return;
        }
        try {
            checkedAt = System.nanoTime();
            Optional<String> name = folder.current();
            Generation now = current();
            if (name.isPresent() && (now == null || !now.name().equals(name.get()))) {
                loadQuietly(name.get()).ifPresent(this::swapUnlessClosed);
            }
        } finally {
            rechecking.unlock();
        }
    }

    /** One builder for the process, however many requests come meanwhile (they get no vocabulary). */
    private void buildInMemoryOnce() {
        if (!builtInMemory.compareAndSet(false, true)) {
            return;
        }
        builds.incrementAndGet();
        Thread.ofVirtual().name("sakuin-vocabulary").start(() -> {
            try {
                IndexSearcher searcher = searchers.acquire();
                try {
                    VocabularyIndex index = VocabularyIndex.build(
                            VocabularyTotals.of(PlanRecords.of(searcher).vocabularies()),
                            VocabularyIndex.Directories.inMemory());
                    if (current() == null) {
                        swapUnlessClosed(new Generation("", null, index));
                    } else {
                        index.close();
                    }
                } finally {
                    searchers.release(searcher);
                }
            } catch (IOException | RuntimeException e) {
                // closed meanwhile, or records unreadable: the index serves no suggestions until reopened
                log.warn("the vocabulary could not be gathered: {}", e.toString());
            }
        });
    }

    /** How many vocabularies this store has gathered from the records (none on a request, whatever comes). */
    int builds() {
        return builds.get();
    }

    /** How many of those read every plan's record, rather than updating the generation served. */
    int gatheredFromAll() {
        return gatheredFromAll.get();
    }

    private Generation current() {
        serving.readLock().lock();
        try {
            return served;
        } finally {
            serving.readLock().unlock();
        }
    }

    private void swap(Generation next) throws IOException {
        Generation old;
        serving.writeLock().lock();
        try {
            old = served;
            served = next;
        } finally {
            serving.writeLock().unlock();
        }
        if (old != null) {
            old.index().close();
        }
    }

    private void swapUnlessClosed(Generation next) {
        try {
            boolean wanted;
            serving.writeLock().lock();
            try {
                wanted = !closed;
            } finally {
                serving.writeLock().unlock();
            }
            if (wanted) {
                swap(next);
            } else {
                next.index().close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generation, or none when it is gone or damaged (the writer rewrites it at its next commit). */
    private Optional<Generation> loadQuietly(String name) {
        try {
            return Optional.of(new Generation(name, folder.plans(name), VocabularyIndex.open(folder.generation(name))));
        } catch (IOException | RuntimeException e) {
            log.warn("the vocabulary in {} could not be opened: {}", folder.generation(name), e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        serving.writeLock().lock();
        try {
            closed = true;
        } finally {
            serving.writeLock().unlock();
        }
        swap(null);
    }
}
