package org.sakuin.thumbnail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.sakuin.plan.PlanDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small pictures of the pages of indexed PDFs, drawn when first asked for and kept on disk, named by the file's
 * content hash: a file ingested again with other content gets new ones. Pages are drawn one at a time, in a worker
 * process ({@link RenderWorker}), since PDFBox is memory-hungry; a page that could not be drawn is remembered, so
 * that a hostile PDF costs the time-out once, not at each request.
 */
public final class PageThumbnails implements AutoCloseable {

    /** The width of a thumbnail in pixels: enough to recognise a page's layout, tables and figures. */
    public static final int WIDTH = 160;

    private static final Logger log = LoggerFactory.getLogger(PageThumbnails.class);
    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{16,128}");
    private static final String PDF = "application/pdf";

    private final Path folder;
    private final RenderProcess renderer;
    private final Duration timeout;
    /** One page drawn at a time: the worker is one process with a capped heap. */
    private final ReentrantLock drawing = new ReentrantLock(true);

    /** Thumbnails kept in {@code folder}, each page given at most {@code timeout} to be drawn. */
    public PageThumbnails(Path folder, Duration timeout) {
        this.folder = folder;
        this.timeout = timeout;
        this.renderer = new RenderProcess(timeout);
    }

    /**
     * The PNG of page {@code page} (from 1) of the document, drawn now if it was not before; empty when the document
     * is no PDF, has no such page, or the page cannot be drawn (or not now: too many are waiting).
     */
    public Optional<Path> of(PlanDocument document, int page) {
        if (!isPdf(document) || page < 1 || page > document.pages() || !HASH.matcher(document.contentHash()).matches()) {
            return Optional.empty();
        }
        Path png = folder.resolve(document.contentHash().toLowerCase(Locale.ROOT) + "-" + page + "-" + WIDTH + ".png");
        Path failed = png.resolveSibling(png.getFileName() + ".failed");
        if (Files.isRegularFile(png)) {
            return Optional.of(png);
        }
        if (Files.exists(failed)) {
            return Optional.empty();
        }
        try {
            // waiting for the pages ahead, each within its time-out, and then for its own
            if (!drawing.tryLock(2 * timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Files.isRegularFile(png) ? Optional.of(png) : draw(document, page, png, failed);
        } finally {
            drawing.unlock();
        }
    }

    private Optional<Path> draw(PlanDocument document, int page, Path png, Path failed) {
        try {
            Files.createDirectories(folder);
            Path drawn = Files.createTempFile(folder, "drawing-", ".png");
            try {
                if (!renderer.render(Path.of(document.path()), page - 1, drawn)) {
                    Files.writeString(failed, document.file() + "\n");
                    return Optional.empty();
                }
                // never a half-written picture under the final name, even if the server stops meanwhile
                Files.move(drawn, png, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return Optional.of(png);
            } finally {
                Files.deleteIfExists(drawn);
            }
        } catch (IOException e) {
            log.warn("no thumbnail of page {} of {}: {}", page, document.file(), e.toString());
            return Optional.empty();
        }
    }

    private static boolean isPdf(PlanDocument document) {
        return document.contentType() != null && document.contentType().toLowerCase(Locale.ROOT).startsWith(PDF);
    }

    @Override
    public void close() {
        renderer.close();
    }
}
