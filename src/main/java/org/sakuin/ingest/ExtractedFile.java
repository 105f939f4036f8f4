package org.sakuin.ingest;

import java.util.List;
import org.sakuin.layout.PdfLayout;
import org.sakuin.structure.TextBlock;

/**
 * What was read from one file: its lines, page count, detected type and embedded title; the tables rebuilt
 * from a PDF's layout, and warnings (a PDF whose layout could not be read and was read as plain text).
 */
record ExtractedFile(List<TextBlock> blocks, int pages, String contentType, String embeddedTitle,
        List<PdfLayout.Table> tables, List<String> warnings) {

    ExtractedFile {
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    ExtractedFile withWarning(String warning) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new ExtractedFile(blocks, pages, contentType, embeddedTitle, tables, all);
    }
}
