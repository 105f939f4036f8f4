package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.index.PassageHit;

class SpanAnswererTest {

    private final QuestionParser parser = new QuestionParser(List.of("緑川町"));
    private final SpanAnswerer spans = new SpanAnswerer();

    @Test
    void aDepartmentNamedByALabelAnswersForTheMeasureOfItsSection() {
        PassageHit measure = passage("第2章 › 政策2 子育て › 施策2-3 子育て支援の充実",
                "【現状と課題】共働き世帯が増えています。\n所管課：こども家庭課");

        assertThat(spans.find(parser.parse("緑川町の子育て支援の充実を担当する課は？"), List.of(measure)))
                .map(SpanAnswerer.Span::answer).contains("こども家庭課");
    }

    @Test
    void aLabelledDepartmentOfAnotherMeasureIsNoAnswer() {
        PassageHit other = passage("第2章 › 政策3 産業 › 施策3-1 農業の振興", "農業の担い手を育てます。\n担当：農林課");

        assertThat(spans.find(parser.parse("緑川町の子育て支援の充実を担当する課は？"), List.of(other))).isEmpty();
    }

    @Test
    void aSpanThatOnlyRepeatsTheQuestionsWordsIsNoAnswer() {
        PassageHit vision = passage("第1章 総合戦略の基本的な考え方",
                "本戦略は、緑川町人口ビジョンを踏まえ、5年間を対象期間とします。");

        assertThat(spans.find(parser.parse("緑川町の人口は？"), List.of(vision))).isEmpty();
    }

    @Test
    void aPopulationAskedByItsNameIsTheWholeFigureWithItsCounter() {
        PassageHit outline = passage("第1章 › 1 町の概要",
                "本町は県の南部に位置し、人口は令和2年10月1日現在で23,456人、5年前から1,210人減少しました。");

        assertThat(spans.find(parser.parse("緑川町の人口は？"), List.of(outline)))
                .hasValueSatisfying(span -> {
                    assertThat(span.answer()).isEqualTo("23,456人");
                    assertThat(span.value()).isEqualTo("23456");
                });
    }

    @Test
    void aCountWithThousandsSeparatorsIsReadWhole() {
        PassageHit report = passage("第3章 › 施策1 交流", "姉妹都市との交流事業には、令和5年度に延べ1,250人が参加しました。");

        assertThat(spans.find(parser.parse("緑川町の姉妹都市との交流事業には何人が参加した？"), List.of(report)))
                .map(SpanAnswerer.Span::value).contains("1250");
    }

    private static PassageHit passage(String section, String text) {
        return new PassageHit("a#1", "a", "a.docx", "緑川町", "秋田県", "緑川町総合戦略", "総合戦略", 1, section, 1f,
                text, List.of(), List.of(), List.of(), text);
    }
}
