package org.sakuin.ingest;

import java.util.List;
import org.sakuin.structure.TextBlock;

/** What Tika read from one file: its lines, page count, detected type and embedded title. */
record ExtractedFile(List<TextBlock> blocks, int pages, String contentType, String embeddedTitle) {
}
