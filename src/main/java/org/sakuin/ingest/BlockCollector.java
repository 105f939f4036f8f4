package org.sakuin.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sakuin.layout.LayoutText;
import org.sakuin.structure.TextBlock;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into {@link TextBlock}s: one per line, table rows as rows of cells, headings with
 * their level, each with the page it is printed on (PDF pages arrive as {@code <div class="page">}).
 * Plain text is read by {@link LayoutText}: lines holding tabs, Markdown pipe tables and the column tables of
 * layout-preserving text are table rows too, so every format yields the same shape; its form feeds end pages.
 * <p>
 * It stops the parse (with a {@link SAXException}) at the settings' most characters, cells or pages, so that a
 * file that would expand without end (a zip bomb, a sheet of a million cells) ends early, with the reason.
 */
final class BlockCollector extends DefaultHandler {

    private final IngestSettings limits;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<String> row = new ArrayList<>();
    private int page = 0;
    private boolean pagedFormat;
    /** Pages come from the text's form feeds (pdftotext output), not from the parser. */
    private boolean formFeeds;
    private int headingLevel;
    private int cellDepth;
    private int chars;
    private int unreadable;
    private int cells;
    private String limitReached;

    BlockCollector(IngestSettings limits) {
        this.limits = limits;
    }

    List<TextBlock> blocks() {
        return blocks;
    }

    int pages() {
        return Math.max(page, 1);
    }

    /** Why the parse was stopped, if it was stopped at a limit. */
    Optional<String> limitReached() {
        return Optional.ofNullable(limitReached);
    }

    /**
     * The share of characters no document is written in: replacement characters, private-use and unassigned
     * code points, control characters other than line breaks and tabs. Binary data decoded as text is full of
     * them; real text, even with a few undecodable symbols, is not.
     */
    double unreadableShare() {
        return chars == 0 ? 0 : (double) unreadable / chars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("div") && "page".equals(attributes.getValue("class"))) {
            flushText();
            pagedFormat = true;
            page++;
            if (page > limits.maxPages()) {
                stop("too many pages: over " + limits.maxPages() + " (split the file)");
            }
        } else if (name.equals("td") || name.equals("th")) {
            flushText();
            cellDepth++;
            countCells(1);
        } else if (name.equals("tr")) {
            flushText();
            row.clear();
        } else if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            flushText();
            headingLevel = name.charAt(1) - '0';
        } else if (cellDepth == 0 && isBlock(name)) {
            flushText();
        } else if (cellDepth > 0 && (name.equals("p") || name.equals("br")) && !text.isEmpty()) {
            text.append(' ');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("td") || name.equals("th")) {
            row.add(TextNormalizer.normalizeLine(text.toString().replace('\n', ' ').replace('\t', ' ')));
            text.setLength(0);
            cellDepth = Math.max(0, cellDepth - 1);
        } else if (name.equals("tr")) {
            addRow(List.copyOf(row));
            row.clear();
        } else if (cellDepth == 0 && (isBlock(name) || name.startsWith("h"))) {
            flushText();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if ((long) chars + length > limits.maxChars()) {
            stop(ExtractedText.tooMuchText(limits.maxChars()));
        }
        chars += length;
        for (int i = start; i < start + length; i++) {
            if (isUnreadable(ch[i])) {
                unreadable++;
            }
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() throws SAXException {
        flushText();
    }

    private void countCells(int more) throws SAXException {
        cells += more;
        if (cells > limits.maxCells()) {
            stop("too many table cells: over " + limits.maxCells() + " (split the file)");
        }
    }

    private void stop(String reason) throws SAXException {
        limitReached = reason;
        throw new SAXException(reason);
    }

    static boolean isUnreadable(char c) {
        return switch (Character.getType(c)) {
            case Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            case Character.CONTROL -> c != '\t' && c != '\n' && c != '\r' && c != '\f';
            default -> c == '\uFFFD';
        };
    }

    private static boolean isBlock(String name) {
        return switch (name) {
            case "p", "div", "li", "pre", "blockquote", "br", "table", "title", "dt", "dd" -> true;
            default -> false;
        };
    }

    private int currentPage() {
        return pagedFormat ? Math.max(page, 1) : 1;
    }

    private void flushText() throws SAXException {
        if (cellDepth > 0 || text.isEmpty()) {
            return;
        }
        int firstPage = currentPage();
        // a parser's paged text (PDF) is not laid out in character columns; plain text is
        for (LayoutText.Piece piece : LayoutText.read(TextNormalizer.breakLongLines(text),
                !pagedFormat || formFeeds)) {
            if (piece.page() > 0 && (piece.isRow() || !piece.line().isBlank())) {
                pagedFormat = formFeeds = true;
                page = firstPage + piece.page();
            }
            if (piece.isRow()) {
                addTextRow(textRow(piece.cells()));
            } else {
                addLine(piece.line());
            }
        }
        text.setLength(0);
        headingLevel = 0;
    }

    private void addLine(String rawLine) {
        String line = TextNormalizer.normalizeLine(rawLine);
        if (!line.isEmpty()) {
            blocks.add(headingLevel > 0 ? TextBlock.heading(currentPage(), line, headingLevel)
                    : TextBlock.line(currentPage(), line));
        }
    }

    /** A row of plain text counts towards the cells, as a table's do; the tabs between a table's cells do not. */
    private void addTextRow(List<String> cells) throws SAXException {
        if (!cells.isEmpty()) {
            countCells(cells.size());
            addRow(cells);
        }
    }

    /** A row of plain text, normalised, without the trailing empty cells a line of text cannot show. */
    private static List<String> textRow(List<String> raw) {
        List<String> cells = new ArrayList<>();
        for (String cell : raw) {
            cells.add(TextNormalizer.normalizeLine(cell));
        }
        while (!cells.isEmpty() && cells.getLast().isEmpty()) {
            cells.removeLast();
        }
        return cells;
    }

    private void addRow(List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
            blocks.add(TextBlock.row(currentPage(), cells));
        }
    }
}
