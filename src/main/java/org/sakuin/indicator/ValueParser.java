package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.plan.FiscalYear;

/**
 * Reads indicator cells: "152 (H27)", "41,383世帯", "12.2%", "年 4棟", "延 370人", "35.0%以上", "現状維持", "—".
 * Numbers lose their thousands separators (and △/▲, the Japanese minus, becomes "-"); the unit stays as
 * written, so "1.2万人" is 1.2 in 万人, never 12000; qualitative targets are kept as written; a dash means
 * no value.
 */
final class ValueParser {

    /** Counting words written before a number: 年 4棟 (a year), 延 370人 (in total), 約, 毎年. */
    static final String PREFIX = "(?:年間|毎年|年|延べ|延|約|累計|計)";
    static final String UNIT = "(?:(?:%|‰|ポイント|pt|千円|万円|億円|円|千人|万人|人泊|人日|人|件|世帯|戸|回|日|時間|団体|"
            + "事業|か所|箇所|ヶ所|カ所|所|施設|校|園|社|者|棟|台|本|冊|点|品目|経営体|店舗|路線|便|区画|床|"
            + "t|kg|g|ha|km2|km|m2|㎡|m|kWh|kW|MW|L|%ポイント|店|隻|頭|匹|種|組|"
            + "グループ|チーム|地区|自治会|倍|歳|年|ヶ月|か月|分|秒)(?:/(?:人日|人|日|年|月|世帯|件))?)";
    /**
     * Any other unit, when written right after the number: 4品, 24,000食, 6,000m3, 21,300t-CO2, 48手続,
     * 3.2人/ha; never 以上/以下, which qualify the number.
     */
    static final String ATTACHED_UNIT = "(?!以上|以下|未満|超)(?:[A-Za-z]{1,3}(?:-?CO2|[23])?|[\\p{IsHan}\\p{IsKatakana}ー]{1,3})"
            + "(?:/[\\p{IsHan}A-Za-z]{1,2})?";
    /** A unit after a number: a known one (a space may come between) or any attached one. */
    static final String ANY_UNIT = "(?:\\s*" + UNIT + "|" + ATTACHED_UNIT + ")";
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:" + PREFIX + "\\s*)?(?<number>[-+△▲]?[0-9][0-9,]*(?:\\.[0-9]+)?)(?<unit>" + ANY_UNIT + ")?"
                    + "\\s*(?<qualifier>以上|以下|未満|超)?\\s*(?:[(（]\\s*(?<year>[^)）]+)\\s*[)）])?$");
    private static final Pattern UNIT_WORD = Pattern.compile("^" + UNIT + "$");
    private static final Pattern DASH = Pattern.compile("^[-‐－—―ー−/／・]+$");
    private static final Pattern QUALITATIVE = Pattern.compile(
            "^(?:現状値?(?:以上|維持|より(?:増加|減少|向上))|現状維持|維持|増加|減少|向上|改善|策定|実施|達成|"
                    + "全校|全域|完了|拡大|継続|[0-9.]+%?(?:以上|以下))(?:[(（][^)）]+[)）])?$");
    private static final Pattern VALUE_TOKEN = Pattern.compile(
            "(?:" + PREFIX + "\\s*)?[-+△▲]?[0-9][0-9,]*(?:\\.[0-9]+)?" + ANY_UNIT + "?(?:以上|以下|未満|超)?"
                    + "(?:\\s*[(（][^)）]{1,8}[)）])?|現状値?以上|現状維持|現状値?より(?:増加|減少|向上)|増加|減少|維持|向上|策定|[-—―]");

    private ValueParser() {
    }

    static ParsedValue parse(String cell) {
        String raw = cell == null ? "" : cell.strip();
        if (raw.isEmpty() || DASH.matcher(raw).matches()) {
            return new ParsedValue(null, null, null, null, raw);
        }
        Matcher m = NUMBER.matcher(raw);
        if (m.matches()) {
            Integer fy = m.group("year") == null ? null
                    : FiscalYear.parse(m.group("year")).map(FiscalYear::year).orElse(null);
            String number = m.group("number").replace(",", "").replaceFirst("^[△▲]", "-");
            String unit = m.group("unit") == null ? null : m.group("unit").strip();
            return new ParsedValue(number, unit, fy, m.group("qualifier"), raw);
        }
        Matcher withYear = Pattern.compile("^(?<text>.+?)\\s*[(（](?<year>[^)）]+)[)）]$").matcher(raw);
        if (withYear.matches() && FiscalYear.parse(withYear.group("year")).isPresent()) {
            ParsedValue inner = parse(withYear.group("text"));
            return new ParsedValue(inner.value(), inner.unit(),
                    FiscalYear.parse(withYear.group("year")).get().year(), inner.qualifier(), raw);
        }
        return new ParsedValue(raw, null, null, null, raw);
    }

    /** Whether a word is a unit on its own, as a 単位 column prints it: %, 人, 千円, 人/日. */
    static boolean isUnit(String word) {
        return UNIT_WORD.matcher(word.strip()).matches();
    }

    /** Whether a cell reads as a figure (number or qualitative target) rather than words. */
    static boolean looksLikeValue(String cell) {
        String text = cell.strip();
        return !text.isEmpty() && (DASH.matcher(text).matches() || NUMBER.matcher(text).matches()
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
}
