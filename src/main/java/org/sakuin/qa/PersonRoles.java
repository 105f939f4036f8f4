package org.sakuin.qa;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person or role a 「誰」 question asks for: a role a plan names (市長, 副町長, 教育長, ○○課長, 委員長 …) or a
 * person written with a title (山田太郎氏). When the question names a role (「本部長は誰？」), the answer is who
 * is given that role — 「市長を本部長とする」, 「本部長は副市長」 — never the role itself.
 */
final class PersonRoles {

    private static final String ROLE_WORDS = "[\\p{IsHan}\\p{IsKatakana}ー]{0,8}?(?:副?(?:市長|町長|村長|区長|知事)|"
            + "教育長|副?本部長|部長|課長|室長|局長|所長|センター長|副?委員長|副?会長|理事長|議長|座長)";
    private static final Pattern ROLE = Pattern.compile(
            "(?<![\\p{IsHan}])(?:" + ROLE_WORDS + ")(?![\\p{IsHan}])|[\\p{IsHan}]{2,6}(?:氏|様)");
    private static final Pattern ASKED_ROLE = Pattern.compile("(" + ROLE_WORDS + ")$");

    private PersonRoles() {
    }

    static List<String> in(String sentence, String subject) {
        Matcher asked = ASKED_ROLE.matcher(subject);
        String role = asked.find() ? asked.group(1).replaceFirst("^.*の", "") : null;
        if (role != null) {
            return holderOf(sentence, role);
        }
        return ROLE.matcher(sentence).results().map(MatchResult::group).toList();
    }

    /** Who is given the role: 「XをRとする」「XがRを務める」「RはX」「R：X」. */
    private static List<String> holderOf(String sentence, String role) {
        String r = Pattern.quote(role);
        Matcher m = Pattern.compile("(" + ROLE_WORDS + "|[\\p{IsHan}]{2,6}氏)(?:を|が)" + r + "(?:と|に|を|、)"
                + "|(?<![\\p{IsHan}])" + r + "(?:は|：|:|に)\\s*(" + ROLE_WORDS + "|[\\p{IsHan}]{2,6}氏)").matcher(sentence);
        return m.results().map(found -> found.group(1) != null ? found.group(1) : found.group(2)).toList();
    }
}
