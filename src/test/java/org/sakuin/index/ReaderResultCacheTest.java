package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReaderResultCacheTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private IndexWriter writer;
    private DirectoryReader before;
    private DirectoryReader after;
    private final AtomicInteger computed = new AtomicInteger();

    @BeforeEach
    void twoReaders() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig());
        writer.addDocument(new Document());
        before = DirectoryReader.open(writer);
        writer.addDocument(new Document());
        after = DirectoryReader.open(writer);
    }

    @AfterEach
    void close() throws IOException {
        before.close();
        after.close();
        writer.close();
    }

    @Test
    void aRepeatedQueryOnTheSameReaderIsNotComputedAgain() throws IOException {
        ReaderResultCache<String, Integer> cache = new ReaderResultCache<>(10);

        assertThat(cache.get(before, "移住", this::count)).isEqualTo(1);
        assertThat(cache.get(before, "移住", this::count)).isEqualTo(1);
        assertThat(cache.get(before, "脱炭素", this::count)).isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aNewReaderComputesAgainSoNothingStaleIsServed() throws IOException {
        ReaderResultCache<String, Integer> cache = new ReaderResultCache<>(10);
        cache.get(before, "移住", this::count);

        assertThat(cache.get(after, "移住", this::count)).isEqualTo(2);
        assertThat(cache.get(after, "移住", this::count)).isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aSearchFinishedOnAnOlderReaderDoesNotFillTheNewerOnesCache() throws IOException {
        ReaderResultCache<String, Integer> cache = new ReaderResultCache<>(10);
        cache.get(before, "移住", () -> {
            cache.get(after, "脱炭素", this::count); // meanwhile another request searched the refreshed reader
            return count();
        });

        cache.get(after, "移住", this::count);
        assertThat(computed).as("移住 computed again on the newer reader").hasValue(3);
    }

    @Test
    void theLeastRecentlyUsedQueryGoesFirst() throws IOException {
        ReaderResultCache<String, Integer> cache = new ReaderResultCache<>(2);
        cache.get(before, "a", this::count);
        cache.get(before, "b", this::count);
        cache.get(before, "a", this::count);
        cache.get(before, "c", this::count);

        cache.get(before, "a", this::count);
        assertThat(computed).as("a kept, b dropped").hasValue(3);
        cache.get(before, "b", this::count);
        assertThat(computed).hasValue(4);
    }

    private int count() {
        return computed.incrementAndGet();
    }
}
