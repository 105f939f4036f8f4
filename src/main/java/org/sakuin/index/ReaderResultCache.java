package org.sakuin.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * The results of the most recent queries on one reader, least recently used dropped first. Users ask the same
 * popular queries (移住, 脱炭素, 自治会加入率), and at a million passages each asks for every match to be scored,
 * counted and faceted (milliseconds of both cores); a result holds only while the reader it was computed on is the
 * one searched, so a refresh after an ingest empties the cache and nothing stale is ever served.
 */
final class ReaderResultCache<K, V> {

    interface Computation<V> {
        V compute() throws IOException;
    }

    private final Map<K, V> entries;
    private IndexReader reader;

    ReaderResultCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value cached for the key on this reader, else computed (outside the lock: searches do not queue). */
    V get(IndexReader on, K key, Computation<V> computation) throws IOException {
        V cached = lookup(on, key);
        if (cached != null) {
            return cached;
        }
        V computed = computation.compute();
        store(on, key, computed);
        return computed;
    }

    private synchronized V lookup(IndexReader on, K key) {
        if (on != reader) {
            entries.clear();
            reader = on;
        }
        return entries.get(key);
    }

    private synchronized void store(IndexReader on, K key, V value) {
        // a search that began on an older reader must not fill the cache of the newer one
        if (on == reader) {
            entries.put(key, value);
        }
    }
}
