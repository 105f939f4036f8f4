package org.sakuin.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.sakuin.layout.PdfLayout;
import org.sakuin.structure.TextBlock;

/**
 * Reads a PDF with {@link PdfLayout}, once, for its text, tables and title, and normalises its lines and
 * cells as {@link BlockCollector} normalises Tika's.
 */
final class PdfLayoutReader {

    /** A PDF's normalised blocks, its layout's tables, and counts for the extractor's checks. */
    record Read(List<TextBlock> blocks, int pages, String title, List<PdfLayout.Table> tables, int chars,
            int unreadable) {
    }

    private PdfLayoutReader() {
    }

    static Read read(Path file, int maxPages) throws IOException, IngestException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.getNumberOfPages() > maxPages) {
                throw new IngestException("too many pages: " + document.getNumberOfPages() + " (limit " + maxPages
                        + "; split the file)");
            }
            PdfLayout.Content content = PdfLayout.read(document);
            int[] counts = new int[2];
            List<TextBlock> blocks = new ArrayList<>(content.blocks().size());
            for (TextBlock block : content.blocks()) {
                count(block.text(), counts);
                TextBlock normalised = normalised(block);
                if (normalised.cells().stream().anyMatch(cell -> !cell.isEmpty()) || !normalised.text().isEmpty()
                        && !normalised.isTableRow()) {
                    blocks.add(normalised);
                }
            }
            return new Read(blocks, Math.max(document.getNumberOfPages(), 1),
                    document.getDocumentInformation().getTitle(), normalised(content.tables()), counts[0], counts[1]);
        }
    }

    private static TextBlock normalised(TextBlock block) {
        if (!block.isTableRow()) {
            return TextBlock.line(block.page(), TextNormalizer.normalizeLine(block.text()));
        }
        return TextBlock.row(block.page(), block.cells().stream().map(TextNormalizer::normalizeLine).toList());
    }

    /** The tables as the readers see them: cells normalised like the rows' cells. */
    private static List<PdfLayout.Table> normalised(List<PdfLayout.Table> tables) {
        return tables.stream().map(table -> new PdfLayout.Table(table.page(), table.kind(), table.continued(),
                table.rows().stream().map(row -> row.stream().map(TextNormalizer::normalizeLine).toList()).toList()))
                .toList();
    }

    private static void count(String text, int[] counts) {
        counts[0] += text.length();
        for (int i = 0; i < text.length(); i++) {
            if (BlockCollector.isUnreadable(text.charAt(i))) {
                counts[1]++;
            }
        }
    }
}
