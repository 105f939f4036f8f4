package org.sakuin.layout;

import java.util.List;

/** A table row rebuilt from layout lines: the indices of its first and last line, its page (0-based), its cells. */
record LayoutTextRow(int first, int last, int page, List<String> cells) {
}
