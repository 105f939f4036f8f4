package org.sakuin.structure;

import java.util.regex.Pattern;

/**
 * The kinds of heading Japanese plans use. Ranked kinds (章 › 節 › 項, 基本目標 › 基本政策 › 施策 › 展開施策)
 * always nest the same way; numbered kinds (1, (1), ①, ア) nest in the order a document first uses them.
 */
enum HeadingKind {
    MARKED(0, null),
    PART(1, "^第[0-9一二三四五六七八九十]+[部編](?:\\s|$)"),
    CHAPTER(2, "^第[0-9一二三四五六七八九十]+章(?:\\s|$)"),
    GOAL(2, "^[(（]?(?:基本目標|政策目標|基本方針|基本理念|重点目標)\\s*[0-9①-⑳]*[)）]?(?:\\s|$)"),
    SECTION(3, "^第[0-9一二三四五六七八九十]+節(?:\\s|$)"),
    POLICY(3, "^(?:基本政策|重点施策|政策|重点プロジェクト|基本施策)\\s*" + Numbers.OUTLINE + "(?:\\s|$)"),
    ITEM(4, "^第[0-9一二三四五六七八九十]+項(?:\\s|$)"),
    MEASURE(4, "^施策\\s*" + Numbers.OUTLINE + "(?:\\s|$)"),
    SUB_MEASURE(5, "^展開施策\\s*" + Numbers.OUTLINE + "(?:\\s|$)"),
    NUMBERED(0, "^[0-9]{1,2}(?:\\s+|[.．]\\s*)(?![0-9])\\S"),
    PARENTHESISED(0, "^[(（][0-9]{1,2}[)）]\\s*\\S"),
    CIRCLED(0, "^[①-⑳]\\s*\\S"),
    KATAKANA(0, "^[アイウエオカキクケコ][.．、\\s]\\s*\\S"),
    /** A short label such as 【成果指標】, (評価指標), ●政策目標, ◇章の目標, ○施策の現状. */
    LABEL(0, "^(?:【[^】]{1,20}】|[(（](?:成果指標|評価指標|重要業績評価指標|KPI)[)）]|[◇◆●■○][^\\s。、]{1,15})$");

    /** Outline numbers: 3, ③, and the numbers of a heading's parents before its own (3-1, 1-2-3, 2.1). */
    private static final class Numbers {
        static final String OUTLINE = "[0-9①-⑳]+(?:[-‐−.][0-9]+)*";
    }

    private final int rank;
    private final Pattern pattern;

    HeadingKind(int rank, String regex) {
        this.rank = rank;
        this.pattern = regex == null ? null : Pattern.compile(regex);
    }

    /** 1 for the outermost kind; 0 for kinds whose nesting follows the document's own use. */
    int rank() {
        return rank;
    }

    boolean isRanked() {
        return rank > 0;
    }

    boolean matches(String line) {
        return pattern != null && pattern.matcher(line).find();
    }
}
