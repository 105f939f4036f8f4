package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.Suggestion;
import org.sakuin.index.Suggestion.Kind;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;

/**
 * What helps a user find the words the plans use: suggestions as they type, "did you mean" for a word found
 * nowhere, and the query without one word when its words never meet. Over the corpus and the synthetic plans.
 */
class SearchAssistanceTest {

    @TempDir
    static Path folder;
    static LuceneIndex index;
    static SearchService search;

    @BeforeAll
    static void ingest() throws IOException {
        index = LuceneIndex.openForWriting(folder);
        try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(Path.of("corpus"), Path.of("src/test/resources/extra-corpus")), IngestListener.NONE);
        }
        search = new SearchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void anyPartOfAnIndicatorNameCompletesIt() {
        assertThat(texts("加入", Kind.INDICATOR)).contains("自治会加入世帯数", "自治会加入率");
    }

    @Test
    void kanaStillBeingConvertedReachesWordsByTheirReading() {
        assertThat(texts("じちかい", Kind.WORD)).contains("自治会");
        assertThat(texts("じちかい", Kind.INDICATOR)).contains("自治会加入世帯数");
        assertThat(texts("こそだて", Kind.WORD)).contains("子育て", "子育て支援");
        assertThat(texts("でじたる", Kind.WORD)).contains("デジタル化");
    }

    @Test
    void aReadingMatchesFromTheStartOfAWordNotFromAnywhereInIt() {
        // イジュウ is inside the reading of 定住 (テイジュウ): that is no completion of いじゅう
        assertThat(texts("いじゅう", Kind.WORD)).isNotEmpty().allMatch(text -> text.contains("移住"));
    }

    @Test
    void wordsComeFirstThenMeasuresThenIndicatorsEachMostUsedFirstUpToTheLimit() {
        List<Suggestion> offered = search.suggest("子育", 3).suggestions();

        assertThat(offered).extracting(Suggestion::kind).isSortedAccordingTo(Enum::compareTo);
        for (Kind kind : Kind.values()) {
            List<Integer> plans = offered.stream().filter(s -> s.kind() == kind).map(Suggestion::plans).toList();
            assertThat(plans).hasSizeBetween(1, 3).isSortedAccordingTo((a, b) -> b - a);
        }
        assertThat(offered.getFirst().text()).isEqualTo("子育て");
    }

    @Test
    void measureHeadingsAreOfferedWithoutTheirNumbers() {
        List<String> measures = texts("移住", Kind.MEASURE);
        assertThat(measures).isNotEmpty().noneMatch(m -> m.matches("^(第|[0-9(（①-⑳]|[アイウエオ] ).*"));
        assertThat(texts("自治", Kind.MEASURE)).contains("自治体間交流・連携の推進");
    }

    @Test
    void theTextTypedIsNotOfferedBackAndBlankTextGetsNothing() {
        assertThat(search.suggest("子育て", 5).suggestions()).extracting(Suggestion::text).doesNotContain("子育て");
        assertThat(search.suggest("  ", 5).suggestions()).isEmpty();
    }

    @Test
    void aMistypedOrUnconvertedWordIsRespeltAsThePlansWriteIt() {
        assertThat(didYouMean("自治界")).isEqualTo("自治会");
        assertThat(didYouMean("じちかい")).isEqualTo("自治会");
        assertThat(didYouMean("子育て指援")).isEqualTo("子育て支援");
        assertThat(didYouMean("カーボンニュートラール")).isEqualTo("カーボンニュートラル");
        assertThat(didYouMean("ちいきおこし")).isEqualTo("地域おこし協力隊");
        assertThat(didYouMean("協動")).as("協働 and 共同 read alike; the spelling decides").isEqualTo("協働");
    }

    /**
     * How soon each indicator of the index is offered while its name is typed: the share found among the
     * indicator suggestions (5) after the first 2, 4 and 6 characters.
     */
    @Test
    void indicatorsAreOfferedAfterTheFirstFewCharactersOfTheirName() {
        List<String> names = search.indicators(new IndicatorRequest("", null, null, null, 0, 1000)).indicators()
                .stream().map(IndicatorEntry::name).distinct().toList();
        StringBuilder figures = new StringBuilder("indicator offered while typing its name, of " + names.size() + ":");
        Map<Integer, Double> offered = new TreeMap<>();
        for (int typed : List.of(2, 4, 6)) {
            long found = names.stream().filter(n -> texts(n.substring(0, Math.min(typed, n.length())),
                    Kind.INDICATOR).contains(n) || n.length() <= typed).count();
            figures.append(String.format(" after %d characters %.2f;", typed, found / (double) names.size()));
            offered.put(typed, found / (double) names.size());
        }
        System.out.println(figures);
        assertThat(offered.get(4)).isGreaterThanOrEqualTo(0.9);
    }

    /** The judged misspellings of {@code eval/misspellings.tsv}: prints the share respelt right per kind of error. */
    @Test
    void theJudgedMisspellingsAreRespeltAsThePlansWriteThem() throws IOException {
        List<String[]> rows = Files.readAllLines(Path.of("src/test/resources/eval/misspellings.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).map(l -> l.split("\t")).toList();
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            DidYouMean respelt = search.search(SearchRequest.of(row[0], 1)).didYouMean();
            boolean right = respelt != null && respelt.query().equals(row[1]);
            int[] tally = byKind.computeIfAbsent(row[2], k -> new int[2]);
            tally[0] += right ? 1 : 0;
            tally[1]++;
            if (!right) {
                wrong.add(row[0] + " → " + (respelt == null ? "none" : respelt.query()) + " (not " + row[1] + ")");
            }
        }
        int right = byKind.values().stream().mapToInt(t -> t[0]).sum();
        System.out.printf("did you mean: %d/%d respelt right %s%s%n", right, rows.size(),
                byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList(),
                wrong.isEmpty() ? "" : "; wrong: " + wrong);
        assertThat(right).as("misspellings respelt right").isGreaterThanOrEqualTo(rows.size() * 9 / 10);
    }

    /** The judged queries of {@code eval/extra-queries.tsv} are spelt as users do: few should be respelt. */
    @Test
    void wellSpeltQueriesAreSeldomRespelt() throws IOException {
        List<String> queries = Files.readAllLines(Path.of("src/test/resources/eval/extra-queries.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).map(l -> l.split("\t")[0]).toList();
        List<String> respelt = queries.stream().filter(q -> search.search(SearchRequest.of(q, 1)).didYouMean() != null)
                .map(q -> q + " → " + search.search(SearchRequest.of(q, 1)).didYouMean().query()).toList();
        System.out.printf("did you mean offered for %d of %d well-spelt queries %s%n", respelt.size(), queries.size(),
                respelt);
        assertThat(respelt.size()).isLessThanOrEqualTo(queries.size() / 20);
    }

    @Test
    void onlyTheUnknownWordIsRespeltAndTheRestOfTheQueryIsKept() {
        DidYouMean respelt = search.search(SearchRequest.of("加入　自治界 -防災", 5)).didYouMean();
        assertThat(respelt.query()).isEqualTo("加入 自治会 -防災");
        assertThat(respelt.total()).isEqualTo(search.search(SearchRequest.of(respelt.query(), 5)).total());
    }

    @Test
    void aWordThePlansUseOrOneLikeNoneOfThemIsNotRespelt() {
        assertThat(search.search(SearchRequest.of("自治会", 5)).didYouMean()).isNull();
        assertThat(search.search(SearchRequest.of("ぴよぴよ", 5)).didYouMean()).isNull();
    }

    @Test
    void suggestionsFollowTheFilesAddedAndRemoved(@TempDir Path plans, @TempDir Path own) throws IOException {
        Path first = Files.writeString(plans.resolve("a.txt"),
                "第1章 まちづくり\n星見台地区では星空観光協議会が活動しています。星空観光協議会を支援します。\n");
        try (LuceneIndex fresh = LuceneIndex.openForWriting(own); IngestService ingest = new IngestService(fresh, IngestSettings.IN_PROCESS)) {
            SearchService words = new SearchService(fresh);
            ingest.synchronize(plans, IngestListener.NONE);
            assertThat(words.suggest("星", 5).suggestions()).extracting(Suggestion::text).contains("星空観光協議会")
                    .as("met once, as the glued words of a wrapped line may be").doesNotContain("星見台地区");

            Files.writeString(plans.resolve("b.txt"), "第1章 交通\n月影橋の架け替えを進めます。月影橋は市道です。\n");
            Files.delete(first);
            ingest.synchronize(plans, IngestListener.NONE);

            assertThat(words.suggest("星空", 5).suggestions()).isEmpty();
            assertThat(words.suggest("つきかげ", 5).suggestions()).extracting(Suggestion::text).contains("月影橋");
        }
    }

    @Test
    void wordsThatNeverMeetAreSearchedWithoutTheOneThatKeepsThemApart() {
        SearchResults results = search.search(SearchRequest.of("自治会 加入 カーボンニュートラル", 5));

        assertThat(results.total()).isZero();
        assertThat(results.didYouMean()).isNull();
        Relaxation relaxed = results.relaxation();
        assertThat(relaxed.total()).isPositive()
                .isEqualTo(search.search(SearchRequest.of(relaxed.query(), 5)).total());
        assertThat(relaxed.dropped()).isEqualTo("カーボンニュートラル");
        assertThat(relaxed.query()).isEqualTo("自治会 加入");
    }

    @Test
    void aQueryThatFindsSomethingOrHasOneWordIsNotRelaxed() {
        assertThat(search.search(SearchRequest.of("自治会 加入", 5)).relaxation()).isNull();
        assertThat(search.search(SearchRequest.of("ぴよぴよ", 5)).relaxation()).isNull();
    }

    private static List<String> texts(String typed, Kind kind) {
        return search.suggest(typed, 5).suggestions().stream().filter(s -> s.kind() == kind).map(Suggestion::text)
                .toList();
    }

    private static String didYouMean(String query) {
        SearchResults results = search.search(SearchRequest.of(query, 5));
        assertThat(results.didYouMean()).as("did you mean for " + query).isNotNull();
        assertThat(results.didYouMean().total()).isGreaterThan(results.total());
        return results.didYouMean().query();
    }
}
