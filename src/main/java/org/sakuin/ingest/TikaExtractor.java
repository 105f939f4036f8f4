package org.sakuin.ingest;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.sakuin.structure.TextBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Reads any supported file (PDF, DOCX, XLSX, HTML, TXT/Markdown in UTF-8, UTF-16 or Shift_JIS …) with one shared
 * Tika {@link AutoDetectParser}, within the settings' limits of size, pages, cells and characters and, in-process,
 * a time-out, so one bad file cannot stall an ingest.
 */
final class TikaExtractor implements AutoCloseable {

    /** A line that is only a page number ("12", "- 12 -", "(12)"), printed as a header or footer. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-‐－—(（]?\\s*[0-9]{1,4}\\s*[-‐－—)）]?$");
    private static final String PDF = "application/pdf";
    private static final Logger LOG = LoggerFactory.getLogger(TikaExtractor.class);
    private static final EncodingDetector ENCODINGS = new TextEncodings();

    private final AutoDetectParser parser = new AutoDetectParser();
    private final IngestSettings limits;
    /** The longest a parse may take, or null when the process that waits for this one times it (a worker). */
    private final Duration timeout;
    private ExecutorService worker = newWorker();

    TikaExtractor(IngestSettings limits, Duration timeout) {
        this.limits = limits;
        this.timeout = timeout;
    }

    ExtractedFile extract(Path file) throws IngestException {
        long size = size(file);
        if (size == 0) {
            throw new IngestException("empty file");
        }
        if (size > limits.maxFileBytes()) {
            throw new IngestException("too large: " + size + " bytes (limit " + limits.maxFileBytes() + ")");
        }
        if (timeout == null) {
            try {
                return parse(file);
            } catch (Exception e) {
                throw reasonFor(e);
            }
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
        BlockCollector collector = new BlockCollector(limits);
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            ExtractedText.checkNamedType(file, parser.getDetector().detect(in, new Metadata()));
            // Tika's detectors take UTF-16 without a byte-order mark for binary data
            Parser chosen = TextEncodings.utf16WithoutBom(head(in)).isPresent() ? new TXTParser() : parser;
            chosen.parse(in, collector, metadata, parseContext());
        } catch (IOException | SAXException | TikaException e) {
            throw collector.limitReached().map(IngestException::new).orElseThrow(() -> e);
        }
        String contentType = metadata.get(Metadata.CONTENT_TYPE);
        List<TextBlock> blocks = collector.blocks();
        ExtractedText.check(blocks, contentType, collector.unreadableShare());
        ExtractedFile extracted = new ExtractedFile(withoutPageNumbers(blocks, collector.pages()), collector.pages(),
                contentType, metadata.get(TikaCoreProperties.TITLE), List.of(), List.of());
        return warning == null ? extracted : extracted.withWarning(warning);
    }

    private static byte[] head(TikaInputStream in) throws IOException {
        in.mark(8192);
        byte[] head = in.readNBytes(8192);
        in.reset();
        return head;
    }

    /** Whether the file starts as a PDF does: "%PDF-" within its first kilobyte (as Tika's magic says). */
    private static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(1024), StandardCharsets.ISO_8859_1).contains("%PDF-");
        }
    }

    /** Reads a PDF once, with PDFBox, from its layout: its text lines and the tables rebuilt from it. */
    private ExtractedFile fromLayout(Path file) throws IOException, IngestException {
        PdfLayoutReader.Read read = PdfLayoutReader.read(file, limits.maxPages());
        if (read.chars() > limits.maxChars()) {
            throw new IngestException(ExtractedText.tooMuchText(limits.maxChars()));
        }
        ExtractedText.check(read.blocks(), PDF, read.chars() == 0 ? 0 : (double) read.unreadable() / read.chars());
        return new ExtractedFile(withoutPageNumbers(read.blocks(), read.pages()), read.pages(), PDF,
                read.title(), read.tables(), List.of());
    }

    private static ParseContext parseContext() {
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, ENCODINGS);
        // POI's DOM of a DOCX or PPTX takes several times the XML's size: 5 GB for a DOCX of 1 GB of XML
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
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
