package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.structure.StructuredBlock;

/**
 * Reads headline targets written in prose: "入学者数40人(2014年度)→年40人(2019年度)",
 * "観光入込客数 120万人(R4) → 150万人(R9)", "移住相談件数 現状値 85件(R1)→目標値 150件(R7)", and without an
 * arrow when both figures are named: "転入者数 基準値:1,200人(H30) 目標値:1,500人(R6)".
 */
final class ProseTargetReader {

    private static final String FIGURE = "(?:" + ValueParser.PREFIX + "\\s*)?[△▲-]?[0-9][0-9,]*(?:\\.[0-9]+)?"
            + ValueParser.ANY_UNIT + "?(?:以上|以下)?\\s*(?:[(（][^)）]{2,10}[)）])?";
    private static final String NAME = "(?<name>[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・「」『』A-Za-z0-9]{2,40}?)";
    private static final String BASELINE_WORD = "(?:(?:現状値?|基準値?|策定時|現在)\\s*[:：]?\\s*)";
    private static final String TARGET_WORD = "(?:目標値?\\s*[:：]?\\s*)";
    /** "移住者数 45人(2023年度)→60人(2029年度)", "移住相談件数 現状値 85件(R1)→目標値 150件(R7)". */
    private static final List<String> ARROWS = List.of("→", "⇒", "➡", "->");
    private static final Pattern ARROW = Pattern.compile(NAME + "\\s*[:：]?\\s*" + BASELINE_WORD + "?"
            + "(?<baseline>" + FIGURE + ")\\s*(?:" + String.join("|", ARROWS) + ")\\s*" + TARGET_WORD + "?(?<target>" + FIGURE + ")");
    /** "転入者数 基準値:1,200人(H30) 目標値:1,500人(R6)": both figures named. */
    private static final Pattern LABELLED = Pattern.compile(NAME + "\\s*[:：]?\\s*" + BASELINE_WORD
            + "(?<baseline>" + FIGURE + ")[\\s、,]*" + TARGET_WORD + "(?<target>" + FIGURE + ")");

    private ProseTargetReader() {
    }

    /** A name, not a number or a header word standing before the figures (数値目標, 目標値). */
    private static boolean isName(String name) {
        return !Character.isDigit(name.charAt(0))
                && HeaderVocabulary.read(name).map(cell -> cell.role() == ColumnRole.OTHER).orElse(false);
    }

    /** Whether the text states a target with an arrow: "移住者数 45人(2023年度)→60人(2029年度)". */
    static boolean hasTarget(String text) {
        return hasArrow(text) && ARROW.matcher(text).find() || namesTarget(text) && LABELLED.matcher(text).find();
    }

    /**
     * The patterns try every name length at every character: a text without the arrow (or the 目標 word) either
     * needs is passed over without them, most of a plan's text and most of the time an ingest spent here.
     */
    private static boolean hasArrow(String text) {
        return ARROWS.stream().anyMatch(text::contains);
    }

    private static boolean namesTarget(String text) {
        return text.contains("目標");
    }

    /** The matcher of the form the text is written in, or null when it states no target. */
    private static Matcher targetMatcher(String text) {
        if (hasArrow(text)) {
            Matcher arrow = ARROW.matcher(text);
            if (arrow.find()) {
                return arrow;
            }
        }
        return namesTarget(text) ? LABELLED.matcher(text) : null;
    }

    static List<RowRecord> read(List<StructuredBlock> blocks) {
        List<RowRecord> records = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).block().text();
            if (blocks.get(i).block().isTableRow()) {
                continue;
            }
            Matcher m = targetMatcher(text);
            for (boolean found = m != null && m.find(0); found; found = m.find()) {
                if (isName(m.group("name"))) {
                    records.add(new RowRecord(m.group("name"), null, null, null, List.of(
                            new RowRecord.FigureCell(ColumnRole.BASELINE, null, m.group("baseline").strip()),
                            new RowRecord.FigureCell(ColumnRole.TARGET, null, m.group("target").strip())),
                            i, m.group()));
                }
            }
        }
        return records;
    }
}
