package org.sakuin.thumbnail;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.sakuin.ingest.WorkerLaunch;

/**
 * The entry point of the process that renders thumbnails ({@link RenderProcess} starts it): PDFBox needs much memory
 * for some pages and a hostile PDF may make it loop or exhaust its heap, which then ends this process, not the
 * server. It reads requests from stdin, one at a time (the PDF, the page index from 0, the PNG to write), and answers
 * each with {@code ok} or the reason it failed, on stdout; it ends at the end of its input or with its parent.
 * Public only because a JVM starts it by name.
 */
public final class RenderWorker {

    static final String OK = "ok";
    /** A page far taller than wide is drawn narrower, not into an image of millions of pixels. */
    private static final int MAX_HEIGHT = 4 * PageThumbnails.WIDTH;

    private RenderWorker() {
    }

    /** {@code RenderWorker <parent pid>}. */
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        // stdout carries nothing but replies: a library's print goes to stderr, shared with the server's
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        WorkerLaunch.endWithParent(args[0]);
        DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        while (true) {
            String pdf;
            try {
                pdf = requests.readUTF();
            } catch (EOFException end) {
                break;
            }
            int page = requests.readInt();
            String png = requests.readUTF();
            replies.writeUTF(answer(Path.of(pdf), page, Path.of(png)));
            replies.flush();
        }
        System.exit(0); // a stray non-daemon thread of AWT's must not keep the worker alive
    }

    private static String answer(Path pdf, int page, Path png) {
        try {
            render(pdf, page, png);
            return OK;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Draws page {@code index} (from 0) about {@link PageThumbnails#WIDTH} pixels wide, as it is shown upright. */
    static void render(Path pdf, int index, Path png) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            PDPage page = document.getPage(index);
            PDRectangle box = page.getCropBox();
            boolean sideways = page.getRotation() % 180 != 0;
            float width = sideways ? box.getHeight() : box.getWidth();
            float height = sideways ? box.getWidth() : box.getHeight();
            float scale = Math.min(PageThumbnails.WIDTH / width, MAX_HEIGHT / height);
            PDFRenderer renderer = new PDFRenderer(document);
            // large images are decoded at the few pixels they get, not whole
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImage(index, scale, ImageType.RGB);
            if (!ImageIO.write(image, "png", png.toFile())) {
                throw new IOException("no PNG writer");
            }
        }
    }
}
