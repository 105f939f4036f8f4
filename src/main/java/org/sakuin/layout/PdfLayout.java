package org.sakuin.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.sakuin.structure.TextBlock;

/**
 * Reads a PDF's pages from where their text and lines are printed, so that tables come out as rows of cells
 * ({@link TextBlock#row}) rather than as their cells one per line or glued together: ruled tables from their
 * borders (a wrapped cell is one cell, a merged header cell stands over the columns it spans), and a table
 * continued on the next page keeps its header. Other text comes out line by line as PDFBox's text
 * stripper writes it. Text is as printed: normalising it is the caller's business.
 */
public final class PdfLayout {

    /** The pages' content in reading order, and the tables rebuilt on the way. */
    public record Content(List<TextBlock> blocks, List<Table> tables) {
    }

    /**
     * A rebuilt table as its rows were given to the rest of the pipeline.
     *
     * @param kind      how it was found: "ruled" (from its borders)
     * @param continued whether it continues the table of the page before, whose header rows it was given
     */
    public record Table(int page, String kind, boolean continued, List<List<String>> rows) {
    }

    private PdfLayout() {
    }

    public static Content read(PDDocument document) throws IOException {
        List<TextBlock> blocks = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        TableContinuation continuation = new TableContinuation();
        PositionStripper.read(document, (number, page, lines) -> {
            List<PageReader.Item> items = PageReader.read(lines, rulings(page));
            continuation.startPage(items);
            for (PageReader.Item item : items) {
                switch (item) {
                    case PageReader.Line line -> blocks.add(TextBlock.line(number, line.text()));
                    case PageReader.Table table -> {
                        List<List<String>> rows = continuation.withHeader(table);
                        rows.forEach(row -> blocks.add(TextBlock.row(number, row)));
                        tables.add(new Table(number, table.kind(), rows.size() > table.rows().size(), rows));
                    }
                }
            }
        });
        return new Content(blocks, tables);
    }

    /** Rotated pages keep their text lines; their rulings would need turning too, so tables are not sought. */
    private static List<Ruling> rulings(PDPage page) throws IOException {
        return page.getRotation() % 360 == 0 ? RulingCollector.of(page) : List.of();
    }
}
