package org.sakuin.layout;

import java.util.List;
import java.util.regex.Pattern;

/** What the words in a column are (figures, units, header words) and how a wrapped cell's pieces rejoin. */
final class TextColumnCells {

    private static final Pattern YEAR = Pattern.compile("^[(（]?(?:(?:平成|令和|[HRＨＲ])\\s*(?:元|[0-9０-９]{1,2})"
            + "|(?:19|20|１９|２０)[0-9０-９]{2})\\s*(?:年度?)?(?:末|時点)?[)）]?$");
    /** A number, perhaps counted (延べ 370人), with a short unit or qualifier attached. */
    private static final Pattern FIGURE = Pattern.compile(
            "^(?:年間|毎年|年|延べ|延|約|累計|計)?[-+△▲−]?[0-9０-９][0-9０-９,，.．]*[^\\s]{0,6}$");
    private static final Pattern QUALITATIVE = Pattern.compile(
            "^(?:現状値?(?:以上|以下|維持)|現状維持|維持|増加|減少|向上|改善|策定|実施|達成|拡大|継続|[-‐－—―−])$");
    private static final Pattern UNIT = Pattern.compile("^(?:%|％|‰|ポイント|千円|万円|億円|円|千人|万人|人泊|人日|人|件|世帯|"
            + "戸|回|日|時間|団体|事業|か所|箇所|ヶ所|カ所|所|施設|校|園|社|者|棟|台|本|冊|点|t|kg|ha|km|m2|㎡|m|歳|か月)$");
    /** Words only header rows print: the column names of indicator and other tables, and years alone. */
    private static final Pattern HEADER_WORD = Pattern.compile("指標|単位|基準|現状|目標|実績|達成|進捗|年度|内容|説明|項目|"
            + "区分|KPI|策定時|備考|出典|方向|令和|平成|^[(（]?[HR][0-9]{1,2}");
    /** A space beside a CJK character: printed where Western text meets Japanese, never typed. */
    private static final Pattern SPACE_BESIDE_CJK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー\\u3000-\\u303F\\uFF00-\\uFFEF]) (?=\\S)"
                    + "|(?<=\\S) (?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー\\u3000-\\u303F\\uFF00-\\uFFEF])");
    /**
     * A name's leading number ("1 上川中部…", "(2) 刑法犯…"), whose space the indicator readers rely on; a number
     * with its counter ("6 次産業化", "1 人当たり", "3 歳児") is a word of the name, not its number.
     */
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．]?(?! [次人件回日年歳か箇ヶカ割倍世戸期級号])) (?=\\S)");
    /** A line that starts a heading, a label or a list item, never the wrapped rest of a cell. */
    private static final Pattern HEADING = Pattern.compile("^(?:第\\s*[0-9０-９一二三四五六七八九十]+\\s*[章節項款部編]"
            + "|[■□●○◆◇◎▼▽▲△【〔《＜<※・]|[0-9０-９]{1,2}(?:\\s*[.．、)）]|\\s+\\S)|[(（][0-9０-９]{1,2}[)）])");
    /** A line that opens a section or a labelled block (施策 (2) …, 基本目標 4 …, 【成果指標】): never inside a table. */
    private static final Pattern SECTION = Pattern.compile("^(?:【|第\\s*[0-9０-９一二三四五六七八九十]+\\s*[章節項部編]"
            + "|(?:基本目標|政策目標|基本政策|基本施策|重点施策|展開施策|施策|政策)\\s*[0-9０-９(（①-⑳])");
    private static final int MAX_FIGURE_CELL = 16;

    private TextColumnCells() {
    }

    /** A word or cell that is a number (not a year) or a qualitative target: 12.2%, 1,204, 90.0以上, 現状維持. */
    static boolean isFigure(String text) {
        String cell = text.strip();
        String first = cell.split(" ", 2)[0];
        return cell.length() <= MAX_FIGURE_CELL && !YEAR.matcher(first).matches()
                && (FIGURE.matcher(first).matches() || QUALITATIVE.matcher(cell).matches());
    }

    /** A year alone: H28, (令和9年度), 2027年度. */
    static boolean isYear(String text) {
        return YEAR.matcher(text.replace(" ", "")).matches();
    }

    static boolean isUnit(String word) {
        return UNIT.matcher(word).matches();
    }

    static boolean startsHeading(String line) {
        return HEADING.matcher(line.strip()).find();
    }

    static boolean startsSection(String line) {
        return SECTION.matcher(line.strip()).find();
    }

    static boolean hasHeaderWord(String line) {
        return HEADER_WORD.matcher(line.strip()).find();
    }

    /**
     * Rejoins the pieces of a wrapped cell, top to bottom: Japanese without a space, Western words with one.
     * Spaces beside Japanese characters (where PDFs space Western text from Japanese) are dropped.
     */
    static String join(List<String> pieces) {
        return join(pieces, true);
    }

    /**
     * Rejoins a wrapped cell; a {@code name} cell keeps the space after its leading number, which in a cell
     * of figures is pdftotext's space between a number and its unit (1 件, 30 以上, 5 年間で).
     */
    static String join(List<String> pieces, boolean name) {
        StringBuilder cell = new StringBuilder();
        for (String piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            if (!cell.isEmpty() && isWordChar(cell.charAt(cell.length() - 1)) && isWordChar(piece.charAt(0))) {
                cell.append(' ');
            }
            cell.append(piece);
        }
        return tidy(cell.toString(), name);
    }

    private static String tidy(String cell, boolean name) {
        var numbered = LEADING_NUMBER.matcher(cell);
        if (name && numbered.find()) {
            return numbered.group() + SPACE_BESIDE_CJK.matcher(cell.substring(numbered.end())).replaceAll("");
        }
        return SPACE_BESIDE_CJK.matcher(cell).replaceAll("");
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
