package org.sakuin.qa;

/**
 * A question as Sakuin understands it.
 *
 * @param subject      what it is about, e.g. 自治会加入世帯数 or 広域行政推進事業
 * @param context      the plan or area it is asked within ("さっぽろ連携中枢都市圏で …"), or null
 * @param municipality the town it names, if any
 * @param attribute    what it asks of the subject
 * @param fy           the fiscal year it names, if any
 * @param counter      the counter of a "how many" question: 段階 in 何段階, 件 in 何件
 * @param answerNoun   the noun the answer ends in: 市 in …市は？, 発電 in …発電は？, 大学 in どこの大学
 * @param kind         the kind of thing asked for, from the interrogative (どこの国 → a country)
 */
record Question(String text, String subject, String context, String municipality, Attribute attribute, Integer fy,
                String counter, String answerNoun, AnswerKind kind) {

    /** The plan the question names, in its context (「…総合戦略の基本目標は」) or as its subject (「…総合戦略の期間」). */
    String planName() {
        return NamedPlans.kindOf(context).isPresent() ? context : NamedPlans.kindOf(subject).isPresent() ? subject : null;
    }
}
