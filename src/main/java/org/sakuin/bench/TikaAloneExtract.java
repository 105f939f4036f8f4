package org.sakuin.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The baseline for reading files: each file's text taken by a stock Tika {@link AutoDetectParser} and nothing
 * else (no layout, tables, structure or index), on as many threads as Sakuin's ingest uses.
 */
final class TikaAloneExtract {

    private TikaAloneExtract() {
    }

    /** The characters of text Tika gives for all the files. */
    static long extract(List<Path> files, int threads) throws IOException {
        AutoDetectParser parser = new AutoDetectParser();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> files.parallelStream().mapToLong(file -> textLength(parser, file)).sum()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static long textLength(AutoDetectParser parser, Path file) {
        Metadata metadata = new Metadata();
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, text, metadata, new ParseContext());
            return text.toString().length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TikaException | SAXException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
