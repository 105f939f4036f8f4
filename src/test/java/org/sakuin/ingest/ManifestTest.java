package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.plan.PlanMetadata;

class ManifestTest {

    private static final String HEADER = "file,municipality,prefecture,title,plan_type\n";

    @TempDir
    Path folder;

    private Path manifest(String text) throws IOException {
        return Files.writeString(folder.resolve(Manifest.FILE_NAME), text, StandardCharsets.UTF_8);
    }

    @Test
    void theBundledCorpusManifestNamesEveryFilesTown() throws IngestException {
        Manifest manifest = Manifest.read(Path.of("corpus", Manifest.FILE_NAME));
        assertThat(manifest.lookup(Path.of("corpus", "iruma_zenki_kihonkeikaku_dai1sho.pdf")))
                .contains(new PlanMetadata("入間市", "埼玉県", "第6次入間市総合計画 前期基本計画", "基本計画", null));
        assertThat(manifest.lookup(Path.of("corpus", "rumoi_kouki_kihonkeikaku_sjis.txt")))
                .map(PlanMetadata::municipality).contains("留萌市");
    }

    @Test
    void byteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
        manifest("\uFEFF" + HEADER + "plan.pdf,入間市,埼玉県,,基本計画\n");
        Manifest manifest = Manifest.read(folder.resolve(Manifest.FILE_NAME));
        assertThat(manifest.lookup(folder.resolve("plan.pdf")))
                .contains(new PlanMetadata("入間市", "埼玉県", null, "基本計画", null));
    }

    @Test
    void aWrongHeaderIsRefusedSayingWhatItShouldBe() throws Exception {
        manifest("ファイル,市町村,都道府県\nplan.pdf,入間市,埼玉県\n");
        assertThatThrownBy(() -> Manifest.read(folder.resolve(Manifest.FILE_NAME)))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("manifest header must be file,municipality,prefecture,title,plan_type")
                .hasMessageContaining("ファイル,市町村,都道府県");
    }

    @Test
    void columnsMayComeInAnyOrderAndExtraColumnsAreIgnored() throws Exception {
        manifest("title,file,plan_type,note,municipality,prefecture\n"
                + "\"留萌市総合計画 後期基本計画\",docs/rumoi.txt,基本計画,メモ,留萌市,北海道\n");
        Manifest manifest = Manifest.read(folder.resolve(Manifest.FILE_NAME));
        assertThat(manifest.lookup(folder.resolve("docs/rumoi.txt")))
                .contains(new PlanMetadata("留萌市", "北海道", "留萌市総合計画 後期基本計画", "基本計画", null));
    }

    @Test
    void aShortRowLeavesTheMissingColumnsBlank() throws Exception {
        manifest(HEADER + "plan.pdf,入間市\nother.pdf,北斗市,北海道,,実施計画\n");
        Manifest manifest = Manifest.read(folder.resolve(Manifest.FILE_NAME));
        assertThat(manifest.lookup(folder.resolve("plan.pdf")))
                .contains(new PlanMetadata("入間市", null, null, null, null));
        assertThat(manifest.lookup(folder.resolve("other.pdf"))).map(PlanMetadata::municipality).contains("北斗市");
    }

    @Test
    void excelsShiftJisCsvIsReadToo() throws Exception {
        Files.write(folder.resolve(Manifest.FILE_NAME),
                (HEADER + "plan.pdf,入間市,埼玉県,第6次入間市総合計画 前期基本計画,基本計画\n")
                        .getBytes(Charset.forName("windows-31j")));
        Manifest manifest = Manifest.read(folder.resolve(Manifest.FILE_NAME));
        assertThat(manifest.lookup(folder.resolve("plan.pdf"))).map(PlanMetadata::title)
                .contains("第6次入間市総合計画 前期基本計画");
    }

    @Test
    void filesNotListedOrOutsideTheFolderHaveNoEntry() throws Exception {
        manifest(HEADER + "plan.pdf,入間市,埼玉県,,\n");
        Manifest manifest = Manifest.read(folder.resolve(Manifest.FILE_NAME));
        assertThat(manifest.lookup(folder.resolve("other.pdf"))).isEmpty();
        assertThat(manifest.lookup(folder.getParent().resolve("plan.pdf"))).isEmpty();
    }
}
