package org.sakuin.indicator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.plan.FiscalYear;
import org.sakuin.plan.IndicatorValue.Basis;
import org.sakuin.plan.IndicatorValue.Qualifier;

/**
 * The words plans write around a target figure, and what they say of it: 5年間で / 累計 (a total over the period),
 * 年 / 毎年 / /年 (each year), 約 / 程度 (about), 以上 / 以下 / 未満 / 超 (a bound), を維持, 増 / 減 (a change from the
 * baseline; "100件に増加" is a level reached, not a change), and a year written before the figure (R7年度に).
 */
final class FigureWords {

    /** An era or Western year with 年/年度, or an era year alone (R7): never a figure. */
    static final String YEAR = "(?:(?:令和|平成|[RH])\\s*(?:元|[0-9]{1,2})\\s*(?:年度?)?|(?:19|20)[0-9]{2}\\s*年度?)";
    /** A length of time the figure is counted over: 5年間, 5か年; 5年 only with a particle (5年で). */
    static final String DURATION = "(?:[0-9]{1,2}\\s*(?:(?:年間|か年|ヵ年|ヶ年|カ年|箇年)(?:で|に|の)?|年(?:で|に|の)))";
    /** A figure per head, written before it: 1人当たり 3.2冊, 人口10万人あたり 250人. */
    static final String PER_HEAD = "(?:人口)?(?:[0-9][0-9,.]*\\s*(?:万|千)?)?(?:人|世帯|戸|件)?(?:当たり|あたり)";
    /** What may stand before the figure. */
    static final String LEAD = "(?:(?:" + DURATION + "|(?:" + YEAR + "|前年度?|基準年度?|基準値?|現状値?|策定時)(?:比|から|より)|"
            + YEAR + "(?:末|時点)?(?:まで)?(?:に|で|の)?|約|概ね|おおむね|年間|年平均|毎年度?|各年度?|単年度?|年|延べ|延|"
            + "累計|合計|総計|通算|計画期間中?|期間中|期間内|計|目標値?|" + PER_HEAD + ")[\\s:：]*)";
    /** What may stand after the figure and its unit. */
    static final String TAIL = "(?:[\\s、]*(?:以上|以下|以内|未満|超|程度|前後|[をの]?維持|を?目指す|を?目指します|を?目標|"
            + "を?達成|(?:に|へ|まで)?(?:増加|増|減少|減|削減|向上|アップ|上昇|低下|拡大|縮減)|/年度?|/年間|毎年度?|まで))";
    /** Words that are never a unit, though they may follow a number: 100以内, 10増. */
    static final String NOT_UNIT = "(?!以上|以下|以内|未満|超|程度|前後|増|減|削減|維持|向上|上昇|低下|拡大|縮減|目標|目指|達成|"
            + "累計|合計|毎年)";

    private static final Pattern WORD = Pattern.compile("(?<year>(?>" + YEAR + "))(?!\\s*(?:比|から|より))|(?<duration>" + DURATION + ")"
            + "|(?<cumulative>累計|合計|総計|通算|計(?!画)|期間中|期間内)"
            + "|(?<perYear>毎年度?|各年度?|年平均|年間|単年度?|/年度?|/年間|年(?=\\s*[0-9]))"
            + "|(?<about>約|概ね|おおむね|程度|前後)|(?<atLeast>以上)|(?<atMost>以下|以内)|(?<below>未満)|(?<above>超)"
            + "|(?<maintain>維持)|(?<level>に|へ|まで)?(?:(?<increase>増加|増(?!\\p{IsHan})|向上|アップ|上昇|拡大)"
            + "|(?<decrease>減少|削減|減(?!\\p{IsHan})|低下|縮減))");

    private FigureWords() {
    }

    /**
     * What the words say.
     *
     * @param qualifier how they bound the figure; a bound (以上, 維持, 増) wins over 約
     * @param basis     what the figure counts over, or null
     * @param year      the first year written in the words, or null
     */
    record Meaning(Qualifier qualifier, Basis basis, Integer year) {
    }

    /** Reads the words of a cell around its figure (or of a target written without one: 現状値より増加). */
    static Meaning read(String words) {
        Qualifier qualifier = null;
        boolean about = false;
        boolean change = false;
        boolean cumulative = false;
        boolean perYear = false;
        Integer year = null;
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            if (m.group("year") != null) {
                year = year != null ? year : FiscalYear.parse(m.group("year")).map(FiscalYear::year).orElse(null);
            }
            cumulative |= m.group("duration") != null || m.group("cumulative") != null;
            perYear |= m.group("perYear") != null;
            about |= m.group("about") != null;
            Optional<Qualifier> bound = bound(m);
            if (bound.isPresent() && qualifier == null) {
                qualifier = bound.get();
                change = m.group("level") == null && (m.group("increase") != null || m.group("decrease") != null);
            }
        }
        Basis basis = change ? Basis.CHANGE : cumulative ? Basis.CUMULATIVE : perYear ? Basis.PER_YEAR : null;
        return new Meaning(qualifier == null && about ? Qualifier.ABOUT : qualifier, basis, year);
    }

    /**
     * What the words around a figure written inside a sentence say: a bound only after it ("75歳以上の高齢者の80%"
     * bounds the age, not the 80%), 約, the basis and the year also before it (令和7年度までに3地区で).
     */
    static Meaning around(String before, String after) {
        Meaning lead = read(before);
        Meaning tail = read(after);
        Qualifier qualifier = tail.qualifier() != null ? tail.qualifier()
                : lead.qualifier() == Qualifier.ABOUT ? Qualifier.ABOUT : null;
        Basis basis = tail.basis() != null ? tail.basis() : lead.basis() == Basis.CHANGE ? null : lead.basis();
        return new Meaning(qualifier, basis, lead.year() != null ? lead.year() : tail.year());
    }

    private static Optional<Qualifier> bound(Matcher m) {
        if (m.group("atLeast") != null) {
            return Optional.of(Qualifier.AT_LEAST);
        } else if (m.group("atMost") != null) {
            return Optional.of(Qualifier.AT_MOST);
        } else if (m.group("below") != null) {
            return Optional.of(Qualifier.BELOW);
        } else if (m.group("above") != null) {
            return Optional.of(Qualifier.ABOVE);
        } else if (m.group("maintain") != null) {
            return Optional.of(Qualifier.MAINTAIN);
        } else if (m.group("increase") != null) {
            return Optional.of(Qualifier.INCREASE);
        } else if (m.group("decrease") != null) {
            return Optional.of(Qualifier.DECREASE);
        }
        return Optional.empty();
    }
}
