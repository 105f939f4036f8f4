package org.sakuin.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sakuin.plan.Passage;
import org.sakuin.plan.Section;

/**
 * Splits a plan's lines into passages of a few hundred characters, each inside one section of the plan's
 * outline (基本目標 › 基本政策 › 施策, 第1章 › 第1節 › 第1項, numbered headings …) and on one page.
 */
public final class PlanStructurer {

    static final int TARGET_LENGTH = 400;
    static final int MAX_TABLE_LENGTH = 300;
    /** A bullet starts a new passage once the current one has this much: one topic per passage where possible. */
    static final int BULLET_BREAK_LENGTH = 60;
    private static final Pattern BULLET = Pattern.compile("^[●○◆◇■□・\\-－*]");

    private final HeadingDetector headings = new HeadingDetector();

    public List<Passage> passages(String documentId, List<TextBlock> blocks) {
        return structure(documentId, blocks).passages();
    }

    public StructuredPlan structure(String documentId, List<TextBlock> blocks) {
        List<Optional<HeadingDetector.Heading>> detected = listsUnderLabels(withoutTableOfContents(
                blocks.stream().map(headings::detect).toList()));
        Builder builder = new Builder(documentId);
        List<StructuredBlock> structured = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            Optional<HeadingDetector.Heading> heading = detected.get(i);
            if (heading.isPresent()) {
                builder.startSection(heading.get(), block.page());
            } else {
                builder.add(block);
            }
            structured.add(new StructuredBlock(block, builder.section(), heading.isPresent()));
        }
        return new StructuredPlan(builder.finish(), structured);
    }

    /**
     * A table of contents or outline diagram repeats the headings that come later, one after another with no
     * text between them: such an entry is a line, not the start of a section.
     */
    private static List<Optional<HeadingDetector.Heading>> withoutTableOfContents(
            List<Optional<HeadingDetector.Heading>> detected) {
        List<Optional<HeadingDetector.Heading>> kept = new ArrayList<>(detected);
        for (int i = 0; i + 1 < detected.size(); i++) {
            // a label (【主な取組】) recurs in every measure: followed by a heading it is a label, not an entry
            if (detected.get(i).isEmpty() || detected.get(i + 1).isEmpty()
                    || detected.get(i).get().kind() == HeadingKind.LABEL) {
                continue;
            }
            String text = detected.get(i).get().text();
            boolean recurs = detected.subList(i + 1, detected.size()).stream()
                    .anyMatch(h -> h.isPresent() && h.get().text().equals(text));
            if (recurs) {
                kept.set(i, Optional.empty());
            }
        }
        return kept;
    }

    /**
     * Numbered lines right after a label, with no text of their own (【主な取組】 ① … ② … ③ …), are the label's
     * list, not headings: they stay in the label's passage, where a count of 主な取組 reads them.
     */
    private static List<Optional<HeadingDetector.Heading>> listsUnderLabels(
            List<Optional<HeadingDetector.Heading>> detected) {
        List<Optional<HeadingDetector.Heading>> kept = new ArrayList<>(detected);
        for (int i = 0; i < detected.size(); i++) {
            if (detected.get(i).isEmpty() || detected.get(i).get().kind() != HeadingKind.LABEL) {
                continue;
            }
            int end = i + 1;
            while (end < detected.size() && isListItem(detected.get(end))
                    && (end + 1 == detected.size() || detected.get(end + 1).isPresent())) {
                end++;
            }
            for (int item = i + 1; item < end; item++) {
                kept.set(item, Optional.empty());
            }
        }
        return kept;
    }

    private static boolean isListItem(Optional<HeadingDetector.Heading> heading) {
        return heading.isPresent() && heading.get().kind() != HeadingKind.LABEL && !heading.get().kind().isRanked()
                && heading.get().kind() != HeadingKind.MARKED;
    }

    /** Accumulates lines into passages while tracking the open sections. */
    private static final class Builder {
        private final String documentId;
        private final Outline outline = new Outline();
        private final List<Passage> passages = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int page = 1;
        private boolean lastWasRow;
        /** Whether a line of text came after the last heading. */
        private boolean bodySinceHeading;
        /** The first row of the table being read, or null outside tables. */
        private String tableHeader;

        Builder(String documentId) {
            this.documentId = documentId;
        }

        void startSection(HeadingDetector.Heading heading, int headingPage) {
            flush();
            outline.open(heading, bodySinceHeading);
            bodySinceHeading = false;
            page = headingPage;
            text.append(heading.text());
        }

        void add(TextBlock block) {
            bodySinceHeading = true;
            boolean bodyStarted = text.length() > outline.current().heading().length();
            if (block.page() != page && bodyStarted) {
                flush();
            }
            if (text.isEmpty()) {
                page = block.page();
            }
            boolean inTable = block.isTableRow() && lastWasRow;
            int limit = inTable ? MAX_TABLE_LENGTH : TARGET_LENGTH;
            boolean bulletBreak = !block.isTableRow() && BULLET.matcher(block.text()).find()
                    && text.length() >= BULLET_BREAK_LENGTH;
            if ((text.length() + block.text().length() > limit || bulletBreak) && bodyStarted) {
                flush();
                page = block.page();
                if (inTable && tableHeader != null) {
                    // a table continued in the next passage keeps its header row, so its columns stay readable
                    text.append(tableHeader);
                    lastWasRow = true;
                }
            }
            if (block.isTableRow() && !lastWasRow) {
                tableHeader = block.text();
            } else if (!block.isTableRow()) {
                tableHeader = null;
            }
            append(block);
        }

        private void append(TextBlock block) {
            String line = block.text();
            boolean onlyHeading = text.length() == outline.current().heading().length();
            if (!text.isEmpty()) {
                text.append(!onlyHeading && continuesLine(block) ? "" : "\n");
            }
            text.append(line);
            lastWasRow = block.isTableRow();
        }

        /** A line wrapped mid-sentence (as PDFs print them) joins the previous one without a break. */
        private boolean continuesLine(TextBlock block) {
            if (block.isTableRow() || lastWasRow) {
                return false;
            }
            char last = text.charAt(text.length() - 1);
            char first = block.text().charAt(0);
            // "、" and "・" never end a sentence: a line ending in one continues on the next
            return (isJapanese(last) || last == '、' || last == '・') && isJapanese(first);
        }

        private static boolean isJapanese(char c) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || c == 'ー';
        }

        private void flush() {
            if (!text.isEmpty()) {
                int ordinal = passages.size();
                passages.add(new Passage(documentId + "#" + ordinal, ordinal, page, outline.current(),
                        text.toString()));
                text.setLength(0);
            }
            lastWasRow = false;
        }

        Section section() {
            return outline.current();
        }

        List<Passage> finish() {
            flush();
            return passages;
        }
    }

    /** The open headings, outermost first. */
    private static final class Outline {
        private final List<HeadingDetector.Heading> open = new ArrayList<>();

        /**
         * A label (【成果指標】, ●政策目標) names the block under it and contains no other headings, except the
         * numbered items that follow it at once (【主な取組】 ① … text … ② … text): those are its items.
         */
        void open(HeadingDetector.Heading heading, boolean bodySinceLast) {
            boolean itemOfLabel = !bodySinceLast && !open.isEmpty() && open.getLast().kind() == HeadingKind.LABEL
                    && rank(heading) == 0 && heading.kind() != HeadingKind.LABEL;
            while (!itemOfLabel && !open.isEmpty() && open.getLast().kind() == HeadingKind.LABEL) {
                open.removeLast();
            }
            int rank = rank(heading);
            if (rank > 0) {
                while (!open.isEmpty() && (rank(open.getLast()) == 0 || rank(open.getLast()) >= rank)) {
                    open.removeLast();
                }
            } else {
                for (int i = open.size() - 1; i >= 0 && rank(open.get(i)) == 0; i--) {
                    if (open.get(i).kind() == heading.kind()) {
                        open.subList(i, open.size()).clear();
                        break;
                    }
                }
            }
            open.add(heading);
        }

        /** Ranked kinds nest by rank, marked headings by their level; 0 means nesting by first use. */
        private static int rank(HeadingDetector.Heading heading) {
            return heading.kind() == HeadingKind.MARKED ? heading.level() : heading.kind().rank();
        }

        Section current() {
            return new Section(open.stream().map(HeadingDetector.Heading::text).toList());
        }
    }
}
