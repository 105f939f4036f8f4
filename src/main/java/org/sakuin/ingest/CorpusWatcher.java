package org.sakuin.ingest;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder and every folder below it (new ones as they appear) and runs a synchronization once the folder
 * has been quiet for a while: a file still being copied in is read whole, and a hundred files copied at once are one
 * run. Runs happen one at a time on the watcher's own thread, the first right after the watches are set, so nothing
 * copied in meanwhile is missed; changes during a run make one more run after it. A lost event (the queue
 * overflowed) costs nothing, for every run looks at the whole folder.
 */
final class CorpusWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CorpusWatcher.class);

    private final Path folder;
    private final Path ignored;
    private final Duration quiet;
    private final Runnable synchronize;
    private final WatchService watcher;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    /** The files events named since the last run, with their size and time then: a run waits until they stay so. */
    private final Map<Path, FileState> touched = new HashMap<>();
    private final Thread thread;

    /** A file's size and modification time, or null for a file that is gone. */
    private record FileState(long size, FileTime modified) {

        static FileState of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileState(attributes.size(), attributes.lastModifiedTime());
            } catch (IOException gone) {
                return null;
            }
        }
    }

    /**
     * @param ignored a folder inside whose changes are not the corpus's (the index, when it lies in the corpus: its
     *                own commits would otherwise start a run after every run)
     */
    private CorpusWatcher(Path folder, Path ignored, Duration quiet, Runnable synchronize) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.ignored = ignored.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.synchronize = synchronize;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.thread = Thread.ofVirtual().name("sakuin-corpus-watch").unstarted(this::run);
    }

    /** Starts watching the folder on a thread of its own, which runs the first synchronization at once. */
    static CorpusWatcher start(Path folder, Path ignored, Duration quiet, Runnable synchronize) throws IOException {
        CorpusWatcher corpusWatcher = new CorpusWatcher(folder, ignored, quiet, synchronize);
        corpusWatcher.thread.start();
        return corpusWatcher;
    }

    private void run() {
        try {
            registerTree(folder);
            touched.clear(); // the first run reads them now
            log.info("watching {} for new, changed and deleted files", folder);
            runSafely();
            while (true) {
                awaitChange();
                runSafely();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            log.debug("stopped watching {}", folder);
        }
    }

    /** A run that fails is logged; the folder is still watched, and the next change runs again. */
    private void runSafely() {
        try {
            synchronize.run();
        } catch (RuntimeException e) {
            log.error("synchronizing {} failed", folder, e);
        }
    }

    /** Blocks until there was a change and then none for the quiet period, with each touched file's size steady. */
    private void awaitChange() throws InterruptedException {
        boolean changed = false;
        while (!changed) {
            changed = handle(watcher.take());
        }
        while (true) {
            WatchKey next = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            if (next != null) {
                handle(next);
            } else if (steady()) {
                touched.clear();
                return;
            }
        }
    }

    /** Notes the key's events; whether any was the corpus's. */
    private boolean handle(WatchKey key) {
        Path dir = watched.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                log.info("missed some changes in {}: the next run looks at the whole folder", folder);
                changed = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (path.startsWith(ignored)) {
                continue;
            }
            changed = true;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            } else {
                touched.put(path, FileState.of(path));
            }
        }
        if (!key.reset()) {
            watched.remove(key); // its folder is gone
        }
        return changed;
    }

    /**
     * Whether every touched file has its size and time of the last event still; those that changed without an event
     * (some copies write without one) are noted again, to be waited for another quiet period.
     */
    private boolean steady() {
        boolean steady = true;
        for (Map.Entry<Path, FileState> entry : touched.entrySet()) {
            FileState now = FileState.of(entry.getKey());
            if (!Objects.equals(now, entry.getValue())) {
                entry.setValue(now);
                steady = false;
            }
        }
        return steady;
    }

    /**
     * Watches the folder and those below it. The files already in a new folder are touched: they may have come before
     * its watch, still being written. A folder that cannot be watched is logged, its files still synchronized.
     */
    private void registerTree(Path top) {
        try (Stream<Path> paths = Files.walk(top)) {
            paths.filter(path -> !path.startsWith(ignored)).forEach(path -> {
                if (Files.isDirectory(path)) {
                    register(path);
                } else {
                    touched.put(path, FileState.of(path));
                }
            });
        } catch (IOException | RuntimeException e) {
            log.warn("cannot watch everything under {}: files copied there are ingested at the next change elsewhere"
                    + " ({})", top, e.getMessage());
        }
    }

    private void register(Path dir) {
        try {
            watched.put(dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
