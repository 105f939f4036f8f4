package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.plan.FiscalYear;
import org.sakuin.plan.IndicatorValue.Basis;

/**
 * Reads indicator cells in every way plans write a figure: "152 (H27)", "41,383世帯", "年 4棟", "延 370人",
 * "35.0%以上", "5年間で3人", "累計100件", "80〜85%", "1.2万人", "3,000人程度", "100%を維持", "12,000人/年",
 * "▲5%", "10ポイント増", "現状維持", "—". The figure loses its thousands separators, △/▲ (the Japanese minus)
 * becomes "-", 万/千/億 are multiplied out (1.2万人 → 12000 人); the words around it become a qualifier and a
 * basis; a year (R7, 2030年) or a duration (5年間) is never the figure; a range keeps its lower bound as the value
 * (the threshold a target is met at) and its upper bound apart; qualitative targets keep their words as the value;
 * a dash means no value. The cell as written stays in {@code raw}.
 */
final class ValueParser {

    /** Counting words written before a number: 年 4棟 (a year), 延 370人 (in total), 約, 毎年. */
    static final String PREFIX = "(?:年間|毎年|年|延べ|延|約|累計|計)";
    static final String UNIT = "(?:(?:%|‰|ポイント|pt|千円|万円|億円|円|千人|万人|人泊|人日|人|件|世帯|戸|回|日|時間|団体|"
            + "事業|か所|箇所|ヶ所|カ所|所|施設|校|園|社|者|棟|台|本|冊|点|品目|経営体|店舗|路線|便|区画|床|割|"
            + "t|kg|g|ha|km2|km|m2|㎡|m|kWh|kW|MW|L|%ポイント|店|隻|頭|匹|種|組|"
            + "グループ|チーム|地区|自治会|倍|歳|年|ヶ月|か月|分|秒)(?:/(?:人日|人|日|年|月|世帯|件))?)";
    /**
     * Any other unit, when written right after the number: 4品, 24,000食, 6,000m3, 21,300t-CO2, 48手続,
     * 3.2人/ha; never 以上/以下 or other words that qualify the number.
     */
    static final String ATTACHED_UNIT = attachedUnit("");
    /** A unit after a number: a known one (a space may come between) or any attached one. */
    static final String ANY_UNIT = "(?:\\s*" + UNIT + "|" + ATTACHED_UNIT + ")";
    private static final String NUM = "[0-9][0-9,]*(?:\\.[0-9]+)?";
    /** A unit of a whole cell, its multiplier included; the attached one as short as the rest of the cell allows. */
    private static final String CELL_UNIT = "(?:\\s*" + Magnitude.MULTIPLIER + "?" + UNIT + "|" + Magnitude.MULTIPLIER
            + "?" + attachedUnit("?") + "|" + Magnitude.MULTIPLIER + ")";
    /** 80〜85%, 80~85%, 80-85% (a hyphen only between digits: "166 - 182" are two cells). */
    private static final String RANGE = "(?:\\s*[〜~～]\\s*|[-－–])";
    private static final Pattern FIGURE = Pattern.compile("^(?<lead>" + FigureWords.LEAD + "*)(?<sign>[-+△▲]?)"
            + "(?<number>" + NUM + ")(?<lowUnit>" + CELL_UNIT + ")?(?:" + RANGE + "(?<upper>" + NUM + "))?"
            + "(?<unit>" + CELL_UNIT + ")?(?<tail>" + FigureWords.TAIL + "*)\\s*$");
    /** A figure inside other words: 市内全校で100%; a time or an age (5年で, 75歳以上の) is not one. */
    private static final Pattern FIGURE_IN_WORDS = Pattern.compile("(?<![0-9.,第RH億万千])(?<!令和|平成)(?<sign>[-△▲]?)"
            + "(?<number>" + NUM + ")(?<unit>\\s*" + Magnitude.MULTIPLIER + "?" + UNIT + ")");
    private static final Pattern TIME_UNIT = Pattern.compile("\\s*(?:年|ヶ月|か月|歳|分|秒)(?:/.*)?");
    private static final Pattern NOTE = Pattern.compile("[(（](?<note>[^()（）]*)[)）]");
    private static final Pattern YEAR_NOTE = Pattern.compile("(?:" + FigureWords.YEAR + "|(?:19|20)[0-9]{2})\\s*(?:末|時点|見込み?|実績|目標)?");
    private static final Pattern YEAR_ONLY = Pattern.compile(FigureWords.YEAR);
    private static final Pattern UNIT_WORD = Pattern.compile("^" + UNIT + "$");
    private static final Pattern PER_YEAR_UNIT = Pattern.compile("^(?<unit>.*)/年[度間]?$");
    private static final Pattern DASH = Pattern.compile("^[-‐－—―ー−/／・]+$");
    private static final Pattern QUALITATIVE = Pattern.compile(
            "^(?:現状値?(?:以上|維持|より(?:増加|減少|向上))|現状維持|維持|増加|減少|向上|改善|策定|実施|達成|"
                    + "全校|全域|完了|拡大|継続)$");
    private static final Pattern VALUE_TOKEN = Pattern.compile(
            "(?:" + FigureWords.DURATION + "\\s*)?(?:" + PREFIX + "\\s*)?[-+△▲]?" + NUM + "(?:[〜~]" + NUM + ")?"
                    + ANY_UNIT + "?(?:以上|以下|以内|未満|超|程度)?(?:\\s*[(（][^)）]{1,8}[)）])?"
                    + "|現状値?以上|現状維持|現状値?より(?:増加|減少|向上)|増加|減少|維持|向上|策定|[-—―]");

    private ValueParser() {
    }

    private static String attachedUnit(String lazy) {
        return FigureWords.NOT_UNIT + "(?:[A-Za-z]{1,3}(?:-?CO2|[23])?|[\\p{IsHan}\\p{IsKatakana}ー]{1,3}" + lazy + ")"
                + "(?:/[\\p{IsHan}A-Za-z]{1,2})?";
    }

    static ParsedValue parse(String cell) {
        String raw = cell == null ? "" : cell.strip();
        if (raw.isEmpty() || DASH.matcher(raw).matches()) {
            return ParsedValue.empty(raw, null);
        }
        Notes notes = Notes.of(raw);
        if (YEAR_ONLY.matcher(notes.text()).matches()) { // "R7", "令和7年度": when, not how much
            return ParsedValue.empty(raw, FiscalYear.parse(notes.text()).map(FiscalYear::year).orElse(null));
        }
        if (notes.text().isEmpty()) {
            return notes.year() != null ? ParsedValue.empty(raw, notes.year()) : words(raw, raw, null);
        }
        Matcher m = FIGURE.matcher(notes.text());
        if (m.matches()) {
            String unit = m.group("unit") != null ? m.group("unit") : m.group("lowUnit");
            FigureWords.Meaning meaning = FigureWords.read(
                    m.group("lead") + m.group("number") + "、" + m.group("tail") + "、" + notes.words());
            return figure(m.group("sign"), m.group("number"), m.group("upper"), unit, meaning, notes.year(), raw);
        }
        List<MatchResult> inWords = FIGURE_IN_WORDS.matcher(notes.text()).results()
                .filter(f -> !TIME_UNIT.matcher(f.group("unit")).matches()).toList();
        if (inWords.size() == 1) {
            MatchResult f = inWords.getFirst();
            FigureWords.Meaning meaning = FigureWords.around(notes.text().substring(0, f.start()),
                    notes.text().substring(f.start()) + "、" + notes.words());
            return figure(f.group("sign"), f.group("number"), null, f.group("unit"), meaning, notes.year(), raw);
        }
        return words(notes.withoutYears(), raw, notes.year());
    }

    private static ParsedValue figure(String sign, String number, String upper, String writtenUnit,
                                      FigureWords.Meaning meaning, Integer noteYear, String raw) {
        String signed = (sign.isEmpty() || sign.equals("+") ? "" : "-") + number.replace(",", "");
        String unit = writtenUnit == null ? null : writtenUnit.strip();
        Basis basis = meaning.basis();
        Matcher perYear = unit == null ? null : PER_YEAR_UNIT.matcher(unit);
        if (perYear != null && perYear.matches()) { // 12,000人/年: 人, each year
            unit = perYear.group("unit");
            basis = basis != null ? basis : Basis.PER_YEAR;
        }
        Magnitude.Scaled scaled = Magnitude.scale(signed, upper == null ? null : upper.replace(",", ""), unit);
        return new ParsedValue(scaled.number(), scaled.unit(), noteYear != null ? noteYear : meaning.year(),
                meaning.qualifier(), basis, scaled.upper(), raw);
    }

    /**
     * A target in words (現状維持, 現状値より増加): the words are the value; what they say is the qualifier. Two
     * figures in one cell (「35 30.0以下」, two columns a layout reader could not part) are no value at all: either
     * one would be a guess.
     */
    private static ParsedValue words(String value, String raw, Integer fy) {
        boolean spacedFigures = value.matches(".*[0-9].*\\s.*[0-9].*");
        if (spacedFigures && valueCells(value)
                .filter(cells -> cells.stream().filter(c -> c.matches(".*[0-9].*")).count() > 1).isPresent()) {
            return ParsedValue.empty(raw, fy);
        }
        return new ParsedValue(value, null, fy, FigureWords.read(value).qualifier(), null, null, raw);
    }

    /** Whether a word is a unit on its own, as a 単位 column prints it: %, 人, 千円, 人/日. */
    static boolean isUnit(String word) {
        return UNIT_WORD.matcher(word.strip()).matches();
    }

    /** Whether a cell reads as a figure (number or qualitative target) rather than words. */
    static boolean looksLikeValue(String cell) {
        String text = Notes.of(cell.strip()).text();
        return !cell.isBlank() && (DASH.matcher(cell.strip()).matches() || FIGURE.matcher(text).matches()
                || QUALITATIVE.matcher(text).matches());
    }

    /**
     * Splits a line into value cells when it consists of figures only, e.g. "年 3棟 年 4棟" → [年 3棟, 年 4棟],
     * "延 370人 現状維持" → [延 370人, 現状維持]; empty when anything else is on the line.
     */
    static Optional<List<String>> valueCells(String line) {
        List<String> cells = new ArrayList<>();
        Matcher m = VALUE_TOKEN.matcher(line);
        int pos = 0;
        while (m.find()) {
            if (!line.substring(pos, m.start()).isBlank()) {
                return Optional.empty();
            }
            cells.add(m.group().strip());
            pos = m.end();
        }
        return line.substring(pos).isBlank() && !cells.isEmpty() ? Optional.of(cells) : Optional.empty();
    }

    /**
     * A cell with its parenthesised notes taken out: "50.0%(R7)" is 50.0% in 2025, "100件（累計）" a total,
     * "0件（ゼロ）" just 0件. A note of a comparison year ("(2013年度比)") is words, not the cell's year.
     *
     * @param text  the cell without its notes
     * @param words the notes that are not years, for what they say (累計, 年間)
     * @param year  the first year note, or null
     * @param withoutYears the cell without its year notes: the value of a target in words
     */
    private record Notes(String text, String words, Integer year, String withoutYears) {

        static Notes of(String cell) {
            StringBuilder words = new StringBuilder();
            Integer year = null;
            Matcher m = NOTE.matcher(cell);
            StringBuilder withoutYears = new StringBuilder();
            while (m.find()) {
                String note = m.group("note").strip();
                boolean isYear = YEAR_NOTE.matcher(note).matches();
                if (isYear && year == null) {
                    year = FiscalYear.parse(note).or(() -> FiscalYear.findAll(note).stream().findFirst())
                            .map(FiscalYear::year).orElse(null);
                }
                m.appendReplacement(withoutYears, isYear ? "" : Matcher.quoteReplacement(m.group()));
                words.append(isYear ? "" : note + "、");
            }
            m.appendTail(withoutYears);
            return new Notes(NOTE.matcher(cell).replaceAll(" ").strip().replaceAll("\\s+", " "), words.toString(),
                    year, withoutYears.toString().strip());
        }
    }
}
