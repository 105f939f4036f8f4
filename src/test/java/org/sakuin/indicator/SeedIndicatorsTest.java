package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestReport;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchService;

/**
 * The seed texts and their corpus renderings, ingested through the public door into real indexes and scored
 * against the hand-checked gold file the way {@code ../shared/eval/score.py indicators} scores Sakuin.
 */
class SeedIndicatorsTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Path GOLD = Path.of("src/test/resources/eval/seed-indicators.tsv");
    private static final double REQUIRED = 0.95;
    /** The corpus files rendered from gold seeds (CorpusGenerator): PDF text and Word tables. */
    private static final Map<String, String> CORPUS_OF_SEED = Map.of(
            "004_d1959bd83eaa1b48.txt", "iruma_zenki_kihonkeikaku_dai1sho.pdf",
            "000_e3666c8bdfd63eb6.txt", "asahikawa_kihonseisaku12.docx");

    @TempDir
    static Path folder;

    private static List<IndicatorScore.GoldRow> gold;
    private static List<IndicatorEntry> seedIndicators;
    private static List<IndicatorEntry> corpusIndicators;

    @BeforeAll
    static void ingest() throws IOException {
        gold = IndicatorScore.read(GOLD);
        seedIndicators = ingestAndList(folder.resolve("seeds"), List.of(SEEDS));
        corpusIndicators = ingestAndList(folder.resolve("corpus"),
                CORPUS_OF_SEED.values().stream().map(f -> Path.of("corpus", f)).toList());
    }

    private static List<IndicatorEntry> ingestAndList(Path indexFolder, List<Path> sources) throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(indexFolder)) {
            try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
                IngestReport report = ingest.ingest(sources, IngestListener.NONE);
                assertThat(report.failures()).isEmpty();
            }
            return new SearchService(index).indicators(IndicatorRequest.of("", IndicatorRequest.MAX_LIMIT))
                    .indicators();
        }
    }

    @Test
    void seedIndicatorsMatchTheGoldFile() {
        IndicatorScore.Result result = IndicatorScore.score(gold, seedIndicators,
                e -> IndicatorScore.baseName(e.file()));
        print("seeds", result);
        assertThat(result.precision()).as("names precision").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.recall()).as("names recall").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.baselines().share()).as("baselines").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.targets().share()).as("targets").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.baselineYears().share()).as("baseline years").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.actuals().share()).as("actuals").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.achievements().share()).as("achievement rates").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.targetYears().share()).as("target years").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.units().share()).as("units").isGreaterThanOrEqualTo(REQUIRED);
    }

    /** The gold file lists every indicator of the seeds: the seeds without a gold row have none. */
    @Test
    void seedsWithoutIndicatorsYieldNone() throws IOException {
        List<String> goldFiles = gold.stream().map(IndicatorScore.GoldRow::file).distinct().toList();
        List<String> seedFiles;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seedFiles = files.map(p -> p.getFileName().toString()).filter(f -> !goldFiles.contains(f)).toList();
        }
        assertThat(seedFiles).isNotEmpty();
        assertThat(seedIndicators).filteredOn(e -> seedFiles.contains(IndicatorScore.baseName(e.file())))
                .extracting(IndicatorEntry::name).isEmpty();
    }

    @Test
    void corpusPdfAndDocxMatchTheGoldFile() {
        Map<String, String> seedOfCorpus = CORPUS_OF_SEED.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        IndicatorScore.Result result = IndicatorScore.score(gold, corpusIndicators,
                e -> seedOfCorpus.getOrDefault(IndicatorScore.baseName(e.file()), ""));
        print("corpus PDF/DOCX", result);
        assertThat(result.precision()).as("names precision").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.recall()).as("names recall").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.baselines().share()).as("baselines").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(result.targets().share()).as("targets").isGreaterThanOrEqualTo(REQUIRED);
    }

    /** 入間市 as PDF text and 旭川市 as Word tables give the very indicators their seed texts give. */
    @Test
    void corpusPdfAndDocxFindWhatTheSeedsFind() {
        Map<String, List<IndicatorEntry>> seeds = IndicatorScore.byFile(seedIndicators);
        Map<String, List<IndicatorEntry>> corpus = IndicatorScore.byFile(corpusIndicators);
        CORPUS_OF_SEED.forEach((seed, rendered) -> {
            assertThat(seeds.get(seed)).as(seed).isNotEmpty();
            assertThat(signatures(corpus.getOrDefault(rendered, List.of()))).as(rendered)
                    .containsExactlyElementsOf(signatures(seeds.get(seed)));
        });
    }

    /** An indicator's name and figures, compared the way the scorer compares them. */
    private static TreeSet<String> signatures(List<IndicatorEntry> entries) {
        return entries.stream().map(e -> String.join(" | ", IndicatorScore.norm(e.name()), e.kind(),
                        String.valueOf(e.unit()), figure(e.baseline()),
                        e.actuals().stream().map(SeedIndicatorsTest::figure).collect(Collectors.joining(";")),
                        String.valueOf(e.achievement()),
                        e.targets().stream().map(SeedIndicatorsTest::figure).collect(Collectors.joining(";"))))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String figure(IndicatorValue value) {
        return value == null ? "-" : value.fy() + ":" + IndicatorScore.norm(value.value());
    }

    private static void print(String what, IndicatorScore.Result result) {
        System.out.println("== indicator extraction, " + what + " ==");
        result.problems().forEach(System.out::println);
        System.out.println(result.summary());
    }
}
