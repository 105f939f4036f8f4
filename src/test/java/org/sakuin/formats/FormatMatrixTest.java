package org.sakuin.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sakuin.corpus.CorpusGenerator;
import org.sakuin.index.LuceneIndex;
import org.sakuin.indicator.IndicatorScore;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchService;

/**
 * What the judges see: fictional towns' plans written as DOCX, XLSX and HTML, printed to PDF by LibreOffice and
 * Chromium, turned into layout text by pdftotext, and the seeds rendered the same way; each rendering goes
 * through the real ingest and is scored against the hand-written gold like score.py does. The matrix is printed
 * and written to {@code target/format-matrix.md}, the renderings kept in {@code target/format-matrix/}; the floors of {@code formats/floors.tsv} can only go up.
 *
 * <p>Runs in its own phase of {@code ./mvnw verify}; alone: {@code ./mvnw test -Dtest=FormatMatrixTest
 * -Dsurefire.excludedGroups=e2e}. Skipped where soffice, chromium or pdftotext is missing.
 */
@Tag("rendering")
class FormatMatrixTest {

    private static final Path FORMATS = Path.of("src/test/resources/formats");
    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Path SEED_GOLD = Path.of("src/test/resources/eval/seed-indicators.tsv");
    private static final Path REPORT = Path.of("target/format-matrix.md");
    /** Every rendering is kept here after the run, to be opened by whoever wants to see what went wrong. */
    private static final Path WORK = Path.of("target/format-matrix");
    /** The corpus files CorpusGenerator makes of the seeds that have indicators: Word tables and PDF text. */
    private static final Map<String, String> SEED_OF_CORPUS_FILE = Map.of(
            "asahikawa_kihonseisaku12.docx", "000_e3666c8bdfd63eb6", "iruma_zenki_kihonkeikaku_dai1sho.pdf",
            "004_d1959bd83eaa1b48");
    private static final String TOWNS = "towns";
    private static final String SEED_CORPUS = "seeds";

    private static Path work;

    private static final FormatMatrix matrix = new FormatMatrix();
    /** Each ingested document's file on disk: entries name a file from its corpus folder down only. */
    private static final Map<String, Path> fileOfDocument = new HashMap<>();

    @BeforeAll
    static void renderIngestAndScore() throws IOException {
        assumeTrue(Stream.of(Renderers.SOFFICE, Renderers.CHROMIUM, Renderers.PDFTOTEXT).allMatch(Renderers::installed),
                "soffice, chromium and pdftotext render the formats");
        work = emptied(WORK);
        Renderers renderers = new Renderers(work);
        Path towns = work.resolve(TOWNS);
        Path seeds = work.resolve(SEED_CORPUS);
        long start = System.nanoTime();
        writeTowns(towns);
        writeSeeds(seeds);
        matrix.time("writing", System.nanoTime() - start);

        start = System.nanoTime();
        int printed = printOfficeFiles(renderers, towns, seeds);
        matrix.time("LibreOffice (2 runs, " + printed + " files)", System.nanoTime() - start);

        start = System.nanoTime();
        for (Path html : files(towns.resolve("html"))) {
            renderers.pageToPdf(html, towns.resolve("pdf-from-html").resolve(Renderers.stem(html) + ".pdf"));
        }
        matrix.time("Chromium", System.nanoTime() - start);

        start = System.nanoTime();
        for (Path corpus : List.of(towns, seeds)) {
            layoutTexts(renderers, corpus);
        }
        matrix.time("pdftotext", System.nanoTime() - start);

        start = System.nanoTime();
        List<IndicatorEntry> indicators = ingestAndList(List.of(towns, seeds));
        matrix.time("ingest", System.nanoTime() - start);

        score(towns, IndicatorScore.read(FORMATS.resolve("gold-indicators.tsv")), Function.identity(), indicators);
        score(seeds, IndicatorScore.read(SEED_GOLD), stem -> stem + ".txt", indicators);
        String report = matrix.markdown();
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    @Test
    void noFormatFallsBelowItsFloor() throws IOException {
        Map<String, Floor> floors = Floor.read(FORMATS.resolve("floors.tsv"));
        SoftAssertions softly = new SoftAssertions();
        for (FormatMatrix.Cell cell : matrix.cells()) {
            String key = cell.corpus() + "/" + cell.format();
            Floor floor = floors.get(key);
            softly.assertThat(floor).as("a floor in floors.tsv for " + key).isNotNull();
            if (floor != null) {
                floor.check(softly, key, cell.result());
            }
        }
        softly.assertAll();
    }

    @Test
    void everyFormatOfEveryPlanIsScored() {
        assertThat(matrix.cells()).extracting(c -> c.corpus() + "/" + c.format()).contains(
                "towns/docx", "towns/xlsx", "towns/html", "towns/pdf-from-docx", "towns/pdf-from-xlsx",
                "towns/pdf-from-html", "towns/layout-txt-from-pdf-from-docx", "seeds/txt", "seeds/docx",
                "seeds/pdf-from-docx", "seeds/layout-txt-from-pdf-from-docx", "seeds/pdf");
        assertThat(matrix.cells()).allSatisfy(c -> assertThat(c.result().gold()).as(c.format()).isPositive());
    }

    private static void writeTowns(Path towns) throws IOException {
        for (Path source : files(FORMATS.resolve(TOWNS))) {
            TownPlan plan = TownPlan.read(source);
            TownDocxWriter.write(plan, Files.createDirectories(towns.resolve("docx")).resolve(plan.name() + ".docx"));
            TownSheetWriter.write(plan, Files.createDirectories(towns.resolve("xlsx")).resolve(plan.name() + ".xlsx"));
            TownHtmlWriter.write(plan, Files.createDirectories(towns.resolve("html")).resolve(plan.name() + ".html"));
        }
    }

    /** The seeds with indicators as text, and as the Word and PDF files CorpusGenerator makes of them. */
    private static void writeSeeds(Path seeds) throws IOException {
        Path generated = work.resolve("generated-corpus");
        CorpusGenerator.main(new String[] {SEEDS.toString(), generated.toString()});
        for (var corpusFile : SEED_OF_CORPUS_FILE.entrySet()) {
            String extension = corpusFile.getKey().substring(corpusFile.getKey().lastIndexOf('.') + 1);
            Files.copy(generated.resolve(corpusFile.getKey()), Files.createDirectories(seeds.resolve(extension))
                    .resolve(corpusFile.getValue() + "." + extension));
            Files.copy(SEEDS.resolve(corpusFile.getValue() + ".txt"),
                    Files.createDirectories(seeds.resolve("txt")).resolve(corpusFile.getValue() + ".txt"));
        }
    }

    /** Prints every Word file in one LibreOffice run and the sheets in a second (their PDFs' names would clash). */
    private static int printOfficeFiles(Renderers renderers, Path towns, Path seeds) throws IOException {
        List<Path> wordFiles = new ArrayList<>(files(towns.resolve("docx")));
        wordFiles.addAll(files(seeds.resolve("docx")));
        Path officePdfs = work.resolve("office-pdf");
        renderers.officeToPdf(wordFiles, officePdfs);
        moveInto(officePdfs, towns.resolve("pdf-from-docx"), seeds.resolve("pdf-from-docx"));
        List<Path> sheets = files(towns.resolve("xlsx"));
        renderers.officeToPdf(sheets, towns.resolve("pdf-from-xlsx"));
        return wordFiles.size() + sheets.size();
    }

    /** The {@code pdftotext -layout} text of each PDF folder of a corpus, in a folder named after it. */
    private static void layoutTexts(Renderers renderers, Path corpus) throws IOException {
        for (Path pdfFolder : folders(corpus)) {
            if (pdfFolder.getFileName().toString().startsWith("pdf")) {
                for (Path pdf : files(pdfFolder)) {
                    renderers.layoutText(pdf, corpus.resolve("layout-txt-from-" + pdfFolder.getFileName())
                            .resolve(Renderers.stem(pdf) + ".txt"));
                }
            }
        }
    }

    private static void moveInto(Path from, Path towns, Path seeds) throws IOException {
        Set<String> seedStems = Set.copyOf(SEED_OF_CORPUS_FILE.values());
        for (Path pdf : files(from)) {
            Path folder = Files.createDirectories(seedStems.contains(Renderers.stem(pdf)) ? seeds : towns);
            Files.move(pdf, folder.resolve(pdf.getFileName()));
        }
    }

    private static List<IndicatorEntry> ingestAndList(List<Path> folders) throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(work.resolve("index"))) {
            try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
                assertThat(ingest.ingest(folders, IngestListener.NONE).failures()).isEmpty();
            }
            index.files().forEach(f -> fileOfDocument.put(f.document().id(), Path.of(f.document().path())));
            return new SearchService(index).indicators(IndicatorRequest.of("", IndicatorRequest.MAX_LIMIT))
                    .indicators();
        }
    }

    /** Scores each format folder of a corpus against the gold rows of the plans that folder holds. */
    private static void score(Path corpus, List<IndicatorScore.GoldRow> gold, Function<String, String> goldFileOf,
            List<IndicatorEntry> indicators) throws IOException {
        for (Path folder : folders(corpus)) {
            Set<String> plans = files(folder).stream().map(f -> goldFileOf.apply(Renderers.stem(f)))
                    .collect(Collectors.toSet());
            Path real = folder.toRealPath();
            List<IndicatorEntry> read = indicators.stream()
                    .filter(e -> fileOfDocument.get(e.documentId()).getParent().equals(real))
                    .toList();
            List<IndicatorScore.GoldRow> wanted = gold.stream().filter(g -> plans.contains(g.file())).toList();
            matrix.add(corpus.getFileName().toString(), folder.getFileName().toString(), IndicatorScore.score(wanted,
                    read, e -> goldFileOf.apply(Renderers.stem(Path.of(e.file())))));
        }
    }

    private static Path emptied(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(folder).toAbsolutePath();
    }

    private static List<Path> folders(Path parent) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted(Comparator.comparingInt(FormatMatrixTest::rank)
                    .thenComparing(Path::getFileName)).toList();
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Sources first, then what was printed from them, then the text of the prints. */
    private static int rank(Path folder) {
        String name = folder.getFileName().toString();
        return name.startsWith("layout-txt") ? 2 : name.startsWith("pdf-from") ? 1 : 0;
    }
}
