package org.sakuin.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.sakuin.structure.TextBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads any supported file (PDF, DOCX, XLSX, HTML, TXT/Markdown in UTF-8 or Shift_JIS …) with one shared
 * Tika {@link AutoDetectParser}, guarded by a size limit and a time-out so one bad file cannot stall an ingest.
 */
final class TikaExtractor implements AutoCloseable {

    /** A line that is only a page number ("12", "- 12 -", "(12)"), printed as a header or footer. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-‐－—(（]?\\s*[0-9]{1,4}\\s*[-‐－—)）]?$");
    private static final int MAX_CHARS = 20_000_000;
    private static final String PDF = "application/pdf";
    private static final Logger LOG = LoggerFactory.getLogger(TikaExtractor.class);
    /**
     * Above this share of unreadable characters (see {@link BlockCollector#unreadableShare()}) the "text" is
     * binary data decoded as text, e.g. a random file named .txt that Tika reads as UTF-16 (15–30 % unreadable,
     * where real plans have next to none; symbol-font bullets stay far below).
     */
    private static final double MAX_UNREADABLE_SHARE = 0.10;
    /** Japanese Windows writes Shift_JIS as Microsoft's variant, which adds ①, ㈱, Ⅰ, ～ and more. */
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    /**
     * Tika's detectors name Microsoft's Shift_JIS "Shift_JIS", and Java's decoder of that name knows only
     * JIS X 0208: ① or ㈱ in a Windows-written file would come out as U+FFFD and swallow the next character.
     * Windows-31J decodes everything Shift_JIS does, and the Microsoft additions too.
     */
    private static final EncodingDetector WINDOWS_SHIFT_JIS = new EncodingDetector() {
        private final EncodingDetector detector = new DefaultEncodingDetector();

        @Override
        public Charset detect(InputStream input, Metadata metadata) throws IOException {
            Charset charset = detector.detect(input, metadata);
            return charset != null && charset.name().equals("Shift_JIS") ? WINDOWS_31J : charset;
        }
    };

    private final AutoDetectParser parser = new AutoDetectParser();
    private final long maxBytes;
    private final Duration timeout;
    private ExecutorService worker = newWorker();

    TikaExtractor(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    ExtractedFile extract(Path file) throws IngestException {
        long size = size(file);
        if (size == 0) {
            throw new IngestException("empty file");
        }
        if (size > maxBytes) {
            throw new IngestException("too large: " + size + " bytes (limit " + maxBytes + ")");
        }
        Future<ExtractedFile> result = worker.submit(() -> parse(file));
        try {
            return result.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow(); // the parser thread may ignore the interrupt: give later files a fresh one
            worker = newWorker();
            throw new IngestException("parser timed out after " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted", e);
        } catch (ExecutionException e) {
            throw reasonFor(e.getCause());
        }
    }

    private ExtractedFile parse(Path file) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        String warning = null;
        if (isPdf(file)) {
            try {
                return fromLayout(file);
            } catch (IngestException e) {
                throw e;
            } catch (Exception | StackOverflowError e) {
                // a PDF PDFBox cannot lay out may still give its text to Tika (which reports it if not)
                warning = "PDF layout unreadable, read as plain text without its tables: " + rootMessage(e);
                LOG.warn("{}: {}", file, warning);
            }
        }
        BlockCollector collector = new BlockCollector(MAX_CHARS);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, collector, metadata, parseContext());
        }
        String contentType = metadata.get(Metadata.CONTENT_TYPE);
        List<TextBlock> blocks = collector.blocks();
        check(blocks, contentType, collector.truncated(), collector.unreadableShare());
        ExtractedFile extracted = new ExtractedFile(withoutPageNumbers(blocks, collector.pages()), collector.pages(),
                contentType, metadata.get(TikaCoreProperties.TITLE), List.of(), List.of());
        return warning == null ? extracted : extracted.withWarning(warning);
    }

    /** Whether the file starts as a PDF does: "%PDF-" within its first kilobyte (as Tika's magic says). */
    private static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(1024), StandardCharsets.ISO_8859_1).contains("%PDF-");
        }
    }

    /** Reads a PDF once, with PDFBox, from its layout: its text lines and the tables rebuilt from it. */
    private static ExtractedFile fromLayout(Path file) throws IOException, IngestException {
        PdfLayoutReader.Read read = PdfLayoutReader.read(file);
        check(read.blocks(), PDF, read.chars() > MAX_CHARS,
                read.chars() == 0 ? 0 : (double) read.unreadable() / read.chars());
        return new ExtractedFile(withoutPageNumbers(read.blocks(), read.pages()), read.pages(), PDF,
                read.title(), read.tables(), List.of());
    }

    private static void check(List<TextBlock> blocks, String contentType, boolean truncated, double unreadableShare)
            throws IngestException {
        if (blocks.isEmpty()) {
            throw new IngestException(contentType == null || contentType.startsWith("application/octet-stream")
                    ? "not a document Sakuin can read (detected as " + contentType + ")"
                    : "no text found in " + contentType + (mayBeScanned(contentType)
                    ? " (a scanned image? OCR is not enabled)" : ""));
        }
        if (truncated) {
            throw new IngestException("too much text: over " + MAX_CHARS + " characters (split the file)");
        }
        if (unreadableShare > MAX_UNREADABLE_SHARE) {
            throw new IngestException("not a document Sakuin can read: " + (contentType.startsWith("application/pdf")
                    ? "its text is undecodable (fonts without a Unicode mapping?)" : "binary data, not text")
                    + " (detected as " + contentType + ")");
        }
    }

    private static boolean mayBeScanned(String contentType) {
        return contentType.startsWith("application/pdf") || contentType.startsWith("image/");
    }

    private static ParseContext parseContext() {
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, WINDOWS_SHIFT_JIS);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    /** Drops page-number headers and footers: the first or last line of a page that is only a number. */
    private static List<TextBlock> withoutPageNumbers(List<TextBlock> blocks, int pages) {
        if (pages <= 1) {
            return blocks;
        }
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            boolean pageEdge = i == 0 || i == blocks.size() - 1
                    || blocks.get(i - 1).page() != block.page() || blocks.get(i + 1).page() != block.page();
            if (!(pageEdge && !block.isTableRow() && PAGE_NUMBER.matcher(block.text()).matches())) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static IngestException reasonFor(Throwable cause) {
        if (cause instanceof IngestException e) {
            return e;
        }
        if (cause instanceof EncryptedDocumentException) {
            return new IngestException("encrypted (password-protected) document", cause);
        }
        if (cause instanceof UnsupportedFormatException) {
            return new IngestException("unsupported format: " + cause.getMessage(), cause);
        }
        if (cause instanceof TikaException || cause instanceof IOException) {
            return new IngestException("corrupt or unreadable: " + rootMessage(cause), cause);
        }
        return new IngestException("could not be read: " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message);
    }

    private static long size(Path file) throws IngestException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sakuin-tika");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
