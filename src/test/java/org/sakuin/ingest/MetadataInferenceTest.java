package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.PlanMetadata;
import org.sakuin.structure.TextBlock;

class MetadataInferenceTest {

    private static List<TextBlock> lines(String... lines) {
        return Arrays.stream(lines).map(line -> TextBlock.line(1, line)).toList();
    }

    @Test
    void municipalityOfANumberedPlanIsTheTownNotTheOrdinal() {
        assertThat(MetadataInference.municipality("第2次北斗市総合計画", "", "plan.md")).contains("北斗市");
        assertThat(MetadataInference.municipality("第6次留萌市総合計画 後期基本計画", "", "plan.txt")).contains("留萌市");
        assertThat(MetadataInference.municipality("第2期旭川市まち・ひと・しごと創生総合戦略", "", "x.pdf"))
                .contains("旭川市");
        // manifest titles are not normalised: full-width digits
        assertThat(MetadataInference.municipality("第２次北斗市総合計画", "", "plan.md")).contains("北斗市");
    }

    @Test
    void kindsOfCityAreNotMunicipalities() {
        String text = "姉妹都市・友好都市との交流推進。姉妹都市、友好都市との交流。中核都市として。姉妹都市交流。";
        assertThat(MetadataInference.municipality(null, text, "iruma.pdf")).isEmpty();
        assertThat(MetadataInference.municipality("姉妹都市交流計画", "", "x.pdf")).isEmpty();
    }

    @Test
    void realNamesEndingInToshiAreKept() {
        assertThat(MetadataInference.municipality("京都市基本計画", "", "x.pdf")).contains("京都市");
        assertThat(MetadataInference.municipality("西都市総合計画", "", "x.pdf")).contains("西都市");
    }

    @Test
    void groupsOfMunicipalitiesAreNotOne() {
        String text = "他市町村との連携。近隣市町との協力。他市町村と。近隣市町と。他市町村。近隣市町。";
        assertThat(MetadataInference.municipality(null, text, "x.pdf")).isEmpty();
    }

    @Test
    void municipalityTheTextNamesMostOften() {
        String text = "入間市男女共同参画推進条例。姉妹都市佐渡市。入間市指定保養所。佐渡市との交流。入間市の取組。";
        assertThat(MetadataInference.municipality(null, text, "plan.pdf")).contains("入間市");
    }

    @Test
    void prefectureWrittenBeforeTheMunicipality() {
        assertThat(MetadataInference.prefecture("入間市", "埼玉県入間市は東京都に隣接し、東京都心から40km圏")).contains("埼玉県");
    }

    @Test
    void prefectureOtherwiseTheOneNamedMost() {
        assertThat(MetadataInference.prefecture(null, "北海道の拠点都市として、北海道と連携し")).contains("北海道");
        assertThat(MetadataInference.prefecture(null, "本市の計画")).isEmpty();
    }

    @Test
    void planTypeIsTheMostSpecificPlanWordOfTheTitle() {
        assertThat(MetadataInference.planType("第2次北斗市総合計画 令和6年度実施計画", "", "北斗市")).contains("実施計画");
        assertThat(MetadataInference.planType("留萌市総合計画 後期基本計画", "", "留萌市")).contains("基本計画");
        assertThat(MetadataInference.planType("第2期さっぽろ連携中枢都市圏ビジョン", "", null)).contains("連携中枢都市圏ビジョン");
    }

    @Test
    void aPlanOfAnotherKindIsTypedByItsTitleNotByThePlansItsTextMentions() {
        String text = "本計画は総合計画に基づく。総合計画の基本目標。総合計画と整合。";
        assertThat(MetadataInference.planType("楓野市DX推進計画（案）", text, "楓野市")).contains("DX推進計画");
        assertThat(MetadataInference.planType("葵浦町高齢者福祉計画・第9期介護保険事業計画", text, "葵浦町"))
                .contains("高齢者福祉計画・介護保険事業計画");
    }

    @Test
    void planTypeWithoutTitleIsTheOneTheTextUsesMost() {
        assertThat(MetadataInference.planType(null, "基本計画に沿って。基本計画の見直し。総合計画の構成。", null)).contains("基本計画");
    }

    @Test
    void periodFromAPlanPeriodSentence() {
        List<TextBlock> blocks = lines("第2次北斗市総合計画について",
                "指針として、平成30年度から令和9年度の10年間を計画期間として、平成30年3月に策定しました。");
        assertThat(MetadataInference.period(null, blocks)).map(Object::toString).contains("2018–2027");
    }

    @Test
    void periodFromTheOpeningLines() {
        assertThat(MetadataInference.period(null, lines("後期基本計画(令和4年度~8年度)", "本文")))
                .map(Object::toString).contains("2022–2026");
    }

    @Test
    void titleIsTheOpeningPlanNameWithItsSecondPart() {
        List<TextBlock> blocks = lines("## 第2次北斗市総合計画 令和6年度実施計画について", "### 1 概要");
        assertThat(MetadataInference.title(blocks, null)).contains("第2次北斗市総合計画 令和6年度実施計画");
    }

    @Test
    void aCoversSecondLineNamingThePartOfThePlanCompletesTheTitle() {
        assertThat(MetadataInference.title(lines("第5次鷺ノ森市総合計画", "令和7年度 実施計画", "令和7年4月"), null))
                .contains("第5次鷺ノ森市総合計画 令和7年度 実施計画");
        assertThat(MetadataInference.title(lines("第2次潮凪市総合計画", "後期基本計画", "潮凪市"), null))
                .contains("第2次潮凪市総合計画 後期基本計画");
        assertThat(MetadataInference.title(lines("第2次潮凪市総合計画", "基本計画の体系に沿って施策を進めます。"), null))
                .contains("第2次潮凪市総合計画");
    }

    @Test
    void aTitleWhoseFiguresAPdfToolSpacedOutIsReadWhole() {
        List<TextBlock> blocks = lines("# 北野村第 6 次総合計画 後期基本計画", "計画期間：令和 5 年度から令和 9 年度まで");

        assertThat(MetadataInference.title(blocks, null)).contains("北野村第6次総合計画 後期基本計画");
        assertThat(MetadataInference.infer(blocks, null, "x.md").municipality()).isEqualTo("北野村");
    }

    @Test
    void embeddedTitleWinsWhenItNamesAPlan() {
        assertThat(MetadataInference.title(lines("後期基本計画"), "第2期さっぽろ連携中枢都市圏ビジョン"))
                .contains("第2期さっぽろ連携中枢都市圏ビジョン");
        assertThat(MetadataInference.title(lines("留萌市総合計画"), "Microsoft Word - 文書1"))
                .contains("留萌市総合計画");
    }

    @Test
    void inferWorksOutEverythingFromAPlansOwnWords() {
        PlanMetadata metadata = MetadataInference.infer(lines(
                "第2次北斗市総合計画 令和6年度実施計画について",
                "北海道北斗市のまちづくりの指針として、平成30年度から令和9年度の10年間を計画期間として策定しました。"),
                null, "hokuto.md");
        assertThat(metadata.municipality()).isEqualTo("北斗市");
        assertThat(metadata.prefecture()).isEqualTo("北海道");
        assertThat(metadata.title()).isEqualTo("第2次北斗市総合計画 令和6年度実施計画");
        assertThat(metadata.planType()).isEqualTo("実施計画");
        assertThat(metadata.period()).hasToString("2018–2027");
    }

    @Test
    void aRealTownGetsItsPrefectureAndCodeFromTheGazetteer() {
        PlanMetadata metadata = MetadataInference.infer(lines("第6次入間市総合計画 前期基本計画",
                "本市は東京都に隣接し、東京都心から40km圏にあります。東京都との交流。"), null, "plan.pdf");
        assertThat(metadata.prefecture()).isEqualTo("埼玉県");
        assertThat(metadata.municipalityCode()).isEqualTo("112259");
    }

    @Test
    void aTownNamedWithItsPrefectureIsThatPrefecturesTown() {
        assertThat(MetadataInference.prefecture("伊達市", "北海道伊達市は噴火湾に面しています。")).contains("北海道");
        assertThat(MetadataInference.prefecture("池田町", "長野県北安曇郡池田町の総合計画")).contains("長野県");
    }

    @Test
    void aTownOfSeveralPrefecturesIsSettledByThePrefectureTheTextNames() {
        assertThat(MetadataInference.prefecture("伊達市", "福島県の北部に位置し、福島県や近隣市町と連携します。"))
                .contains("福島県");
    }

    @Test
    void aSisterTownOfTheSameNameDoesNotOutweighTheTownsOwnPrefecture() {
        String text = "福島県伊達市は北海道伊達市と姉妹都市です。福島県の北部に位置し、福島県や近隣市町と連携します。";
        assertThat(MetadataInference.prefecture("伊達市", text)).contains("福島県");
    }

    @Test
    void aTownOfSeveralPrefecturesIsSettledByItsNeighbours() {
        assertThat(MetadataInference.prefecture("伊達市", "室蘭市、登別市、洞爺湖町と連携し、室蘭市との広域連携を進めます。"))
                .contains("北海道");
    }

    @Test
    void aTownOfSeveralPrefecturesIsSettledByItsPrintedCode() {
        assertThat(MetadataInference.prefecture("伊達市", "団体コード 072133")).contains("福島県");
    }

    @Test
    void aTownOfSeveralPrefecturesWithNothingElseToGoOnHasNoPrefecture() {
        PlanMetadata metadata = MetadataInference.infer(lines("伊達市総合計画", "本市の将来像を描きます。"), null, "x.pdf");
        assertThat(metadata.municipality()).isEqualTo("伊達市");
        assertThat(metadata.prefecture()).isNull();
        assertThat(metadata.municipalityCode()).isNull();
    }

    @Test
    void aFictionalTownIsStillATownWithoutAPrefectureFromTheGazetteer() {
        PlanMetadata metadata = MetadataInference.infer(lines("第3期星見野市まち・ひと・しごと創生総合戦略",
                "星見野市の人口は減少しています。"), null, "x.md");
        assertThat(metadata.municipality()).isEqualTo("星見野市");
        assertThat(metadata.prefecture()).isNull();
        assertThat(metadata.municipalityCode()).isNull();
        assertThat(MetadataInference.prefecture("星見野市", "長野県の東部に位置する星見野市")).contains("長野県");
    }

    @Test
    void aFictionalTownEndingInARealOnesNameIsNotTheRealOne() {
        assertThat(MetadataInference.municipality("新伊達市総合計画", "", "x.pdf")).contains("新伊達市");
    }

    @Test
    void aPlanOfSeveralTownsIsTheTownOnItsCover() {
        PlanMetadata metadata = MetadataInference.infer(lines("旭川市・上川中部定住自立圏共生ビジョン",
                "東神楽町、東川町、当麻町と旭川市が連携します。東神楽町と東川町の取組。東神楽町の観光。"), null, "x.pdf");
        assertThat(metadata.municipality()).isEqualTo("旭川市");
        assertThat(metadata.prefecture()).isEqualTo("北海道");
        assertThat(metadata.municipalityCode()).isEqualTo("012041");
    }

    @Test
    void aDesignatedCitysWardIsFiledUnderItsCity() {
        PlanMetadata metadata = MetadataInference.infer(lines("札幌市中央区まちづくりビジョン", "中央区の将来像"),
                null, "x.pdf");
        assertThat(metadata.municipality()).isEqualTo("札幌市");
        assertThat(metadata.prefecture()).isEqualTo("北海道");
        assertThat(metadata.municipalityCode()).isEqualTo("011002");
    }

    @Test
    void realTownsTheShapeOfANameMissesAreFound() {
        assertThat(MetadataInference.municipality("第3次さいたま市総合振興計画", "", "x.pdf")).contains("さいたま市");
        assertThat(MetadataInference.municipality("南アルプス市総合計画", "", "x.pdf")).contains("南アルプス市");
        assertThat(MetadataInference.municipality("令和6年度北斗市実施計画", "", "x.pdf")).contains("北斗市");
        assertThat(MetadataInference.municipality("世田谷区基本計画", "", "x.pdf")).contains("世田谷区");
        assertThat(MetadataInference.municipality("翠湖市都市計画マスタープラン", "", "x.html")).contains("翠湖市");
    }
}
