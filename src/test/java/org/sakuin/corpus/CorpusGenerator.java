package org.sakuin.corpus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Builds the sample corpus: turns the seed excerpts of municipal plans into plan files in the formats towns
 * publish (DOCX, Markdown, HTML, Shift_JIS text, PDF) plus the manifest that says which town each file is from.
 *
 * <p>Regenerate (from the project root):
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.sakuin.corpus.CorpusGenerator -Dexec.classpathScope=test
 * </pre>
 * While src/main does not compile, the same class runs without Maven's build:
 * <pre>
 * ./mvnw -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * javac -d /tmp/corpus-classes -cp "$(cat /tmp/cp.txt)" src/test/java/org/sakuin/corpus/*.java
 * java -cp "/tmp/corpus-classes:$(cat /tmp/cp.txt)" org.sakuin.corpus.CorpusGenerator
 * </pre>
 * Arguments, both optional: the seeds folder (default {@code src/test/resources/seeds}) and the output folder
 * (default {@code corpus}). The output is byte-for-byte the same on every run.
 */
public final class CorpusGenerator {

    /** Stamped wherever a format records a date, so that regenerating the corpus changes no bytes. */
    static final ZonedDateTime FIXED_TIME = ZonedDateTime.of(2024, 4, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static final String SAPPORO_TITLE = "第2期さっぽろ連携中枢都市圏ビジョン";

    private static final List<PlanFile> PLAN_FILES = List.of(
            new PlanFile("000_e3666c8bdfd63eb6.txt", "asahikawa_kihonseisaku12.docx",
                    "旭川市", "北海道", "旭川市総合計画 基本計画", "基本計画",
                    new DocxWriter(CorpusGenerator::asahikawaHeadingLevel)),
            new PlanFile("001_0a85e45400f0e646.txt", "hokuto_jisshikeikaku_r6.md",
                    "北斗市", "北海道", "第2次北斗市総合計画 令和6年度実施計画", "実施計画",
                    // This seed is already Markdown, the form the town's plan is published in.
                    (seedText, target) -> Files.writeString(target, seedText, StandardCharsets.UTF_8)),
            new PlanFile("002_9d56fe28ec5db74e.txt", "sapporo_renkei_vision.html",
                    "札幌市", "北海道", SAPPORO_TITLE, "連携中枢都市圏ビジョン",
                    new HtmlWriter(SAPPORO_TITLE, CorpusGenerator::sapporoHeadingLevel)),
            new PlanFile("003_c738a1fef3d184e5.txt", "rumoi_kouki_kihonkeikaku_sjis.txt",
                    "留萌市", "北海道", "留萌市総合計画 後期基本計画", "基本計画",
                    new ShiftJisWriter()),
            new PlanFile("004_d1959bd83eaa1b48.txt", "iruma_zenki_kihonkeikaku_dai1sho.pdf",
                    "入間市", "埼玉県", "第6次入間市総合計画 前期基本計画", "基本計画",
                    new PdfWriter()));

    private static final String[] MANIFEST_HEADER = {"file", "municipality", "prefecture", "title", "plan_type"};

    // Short numbered lines ("1 総合計画の位置付け") are section titles; numbered table rows never reach the rule.
    private static final Pattern NUMBERED_TITLE = Pattern.compile("\\d+ \\S{1,30}");

    private record PlanFile(String seed, String file, String municipality, String prefecture, String title,
            String planType, PlanWriter writer) {}

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "src/test/resources/seeds");
        Path corpus = Path.of(args.length > 1 ? args[1] : "corpus");
        Files.createDirectories(corpus);
        for (PlanFile plan : PLAN_FILES) {
            Path target = corpus.resolve(plan.file());
            plan.writer().write(Files.readString(seeds.resolve(plan.seed()), StandardCharsets.UTF_8), target);
            System.out.printf("%s (%,d bytes)%n", target, Files.size(target));
        }
        writeManifest(corpus.resolve("sakuin-manifest.csv"));
    }

    private static void writeManifest(Path target) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(MANIFEST_HEADER).setRecordSeparator('\n').get();
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, format)) {
            for (PlanFile plan : PLAN_FILES) {
                printer.printRecord(plan.file(), plan.municipality(), plan.prefecture(), plan.title(), plan.planType());
            }
        }
        System.out.println(target);
    }

    /** Asahikawa's sheet: 基本政策 > 施策 / 展開施策名 / 【…】 > 展開施策, numbered titles and (…指標). */
    private static int asahikawaHeadingLevel(String line) {
        if (line.matches("基本政策\\s*\\d+.*")) {
            return 1;
        }
        if (line.matches("(施策\\d+|展開施策名)\\s.*") || line.matches("【[^】]+】")) {
            return 2;
        }
        if (line.matches("展開施策\\d+\\s.*") || line.matches("\\([^)]+\\)")
                || NUMBERED_TITLE.matcher(line).matches()) {
            return 3;
        }
        return 0;
    }

    /** Sapporo's vision page: ● and numbered policy fields are sections; the 共通施策 label sits under ●. */
    private static int sapporoHeadingLevel(String line) {
        if (line.startsWith("●") || NUMBERED_TITLE.matcher(line).matches()) {
            return 1;
        }
        return line.startsWith("共通施策") ? 2 : 0;
    }
}
