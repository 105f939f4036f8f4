package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions the seed plans cannot answer get no answer, never an invented figure, and still list passages. */
class UnanswerableQuestionsTest extends SeedQuestions {


    @ParameterizedTest
    @ValueSource(strings = {
            "入間市の下水道普及率の目標値は？",
            "旭川市の待機児童数の目標値は？",
            "入間市の自治会加入率の目標値は？",
            "札幌市の合計特殊出生率の目標は？",
            "入間市のごみ排出量の実績値は？",
            "国内姉妹都市の交流事業参加者数の令和5年度の目標は？",
            "留萌市の観光入込客数の基準値は？",
            "市営住宅を担当する部局は？",
            "防災無線の整備は何ページに載っている？",
            "北斗市の新幹線駅の乗降客数の達成率は？",
            "留萌市の救急出動件数は何件？"})
    void aQuestionThePlansDoNotAnswerGetsNoFigure(String question) {
        Answer answer = answers.ask(question);
        assertThat(answer.answer()).as(answer.method()).isNull();
        assertThat(answer.value()).isNull();
        assertThat(answer.confidence()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"入間市の下水道普及率の目標値は？", "入間市の自治会加入率の目標値は？"})
    void withoutAnAnswerTheNearestPassagesAreListed(String question) {
        assertThat(answers.ask(question).sources()).isNotEmpty();
    }
}
