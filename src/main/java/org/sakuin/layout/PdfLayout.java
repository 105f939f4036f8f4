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
 * borders (a wrapped cell is one cell, a merged header cell stands over the columns it spans), tables without
 * borders from their columns of words, and a table continued on the next page keeps its header. Other text comes out line by line as PDFBox's text
 * stripper writes it. Text is as printed: normalising it is the caller's business.
 */
public final class PdfLayout {

    /** The pages' content in reading order, and the tables rebuilt on the way. */
    public record Content(List<TextBlock> blocks, List<Table> tables) {
    }

    /**
     * A rebuilt table as its rows were given to the rest of the pipeline.
     *
     * @param kind      how it was found: "ruled" (from its borders) or "aligned" (columns of words without borders)
     * @param continued whether it continues the table of the page before, whose header rows it was given
     */
    public record Table(int page, String kind, boolean continued, List<List<String>> rows) {
    }

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final TableContinuation continuation = new TableContinuation();
    /** Where the last table's last row stands in {@link #blocks}, -1 if none. */
    private int lastRow = -1;

    private PdfLayout() {
    }

    public static Content read(PDDocument document) throws IOException {
        PdfLayout layout = new PdfLayout();
        PositionStripper.read(document, layout::page);
        return new Content(layout.blocks, layout.tables);
    }

    private void page(int number, PDPage page, List<PdfLine> lines, List<Ruling> rulings) {
        // rotated pages keep their text lines; their rulings would need turning too, so tables are not sought
        List<PageReader.Item> items = PageReader.read(lines, page.getRotation() % 360 == 0 ? rulings : List.of());
        continuation.startPage(items);
        for (PageReader.Item item : items) {
            switch (item) {
                case PageReader.Line line -> blocks.add(TextBlock.line(number, line.text()));
                case PageReader.Table table -> add(number, table);
            }
        }
    }

    private void add(int page, PageReader.Table table) {
        TableContinuation.Part part = continuation.part(table);
        if (part.rowEnd() != null) { // a row the page break cut in two: its end joins the row on the page before
            TextBlock row = blocks.get(lastRow);
            blocks.set(lastRow, TextBlock.row(row.page(), part.rowEnd()));
            Table before = tables.getLast();
            List<List<String>> rows = new ArrayList<>(before.rows());
            rows.set(rows.size() - 1, part.rowEnd());
            tables.set(tables.size() - 1, new Table(before.page(), before.kind(), before.continued(), rows));
        }
        List<List<String>> rows = part.rows();
        if (rows.isEmpty()) {
            return;
        }
        rows.forEach(row -> blocks.add(TextBlock.row(page, row)));
        lastRow = blocks.size() - 1;
        tables.add(new Table(page, table.kind(), part.carriedHeader(), rows));
    }
}
