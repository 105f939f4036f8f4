package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of answer a question asks for is read from its interrogative, and its subject keeps what follows it. */
class QuestionKindTest {

    private final QuestionParser parser = new QuestionParser(List.of("月見台市", "柚木原町"));

    @ParameterizedTest
    @CsvSource({
            "月見台市の姉妹都市はどこの国の都市？, COUNTRY, 姉妹都市",
            "柚木原町の国際交流員はどの国の出身？, COUNTRY, 国際交流員",
            "柚木原町の町内循環バスの運行はいつから？, DATE_FROM, 町内循環バスの運行",
            "楓野市が標準準拠システムへ移行するのはいつまで？, DATE_UNTIL, 楓野市が標準準拠システムへ移行する",
            "月見台市で放課後児童クラブを増設するのはいつ？, DATE, 放課後児童クラブを増設する",
            "月見台市の総合戦略の基本目標1の基本施策はいくつ？, COUNT, 基本目標1の基本施策",
            "柚木原町の小学校は何校？, COUNT, 小学校",
            "柚木原町はどこの高等専門学校と連携協定を結んでいる？, ORGANISATION, 連携協定を結んでいる",
            "月見台市が包括連携協定を結んでいる大学は？, ORGANISATION, 包括連携協定を結んでいる大学",
            "創生本部の本部長は誰？, PERSON, 創生本部の本部長",
            "留萌市が誘致を進める発電は？, NAME, 留萌市が誘致を進める発電",
            "いつまでも元気に暮らせるまちの施策は？, NAME, いつまでも元気に暮らせるまちの施策"})
    void theInterrogativeChoosesTheKind(String question, AnswerKind kind, String subject) {
        Question parsed = parser.parse(question);
        assertThat(parsed.kind()).isEqualTo(kind);
        assertThat(parsed.subject()).isEqualTo(subject);
    }

    @ParameterizedTest
    @CsvSource({
            "月見台市は姉妹都市交流事業の参加者数を何人にする？, TARGET, 姉妹都市交流事業の参加者数",
            "第6次月見台市総合計画の基本目標はいくつ？, OTHER, 基本目標",
            "月見台市の総合戦略の対象期間は？, PERIOD, 総合戦略"})
    void aTargetIsAskedWithoutTheWordAndABasicGoalIsNoTarget(String question, Attribute attribute, String subject) {
        Question parsed = parser.parse(question);
        assertThat(parsed.attribute()).isEqualTo(attribute);
        assertThat(parsed.subject()).isEqualTo(subject);
    }
}
