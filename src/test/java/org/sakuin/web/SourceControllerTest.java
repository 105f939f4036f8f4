package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.LuceneIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** What {@code /source} sends with a file, and what it will not send. */
class SourceControllerTest {

    @TempDir
    Path folder;

    @TempDir
    Path indexFolder;

    @Test
    void anHtmlPlanIsSandboxedAndAPdfIsNotButNeitherMayBeSniffedOrLoadAnything() throws IOException {
        Files.writeString(folder.resolve("計画.html"), "<html><body><h1>まちづくり計画</h1><p>移住と定住を進めます。</p>"
                + "<script>alert(1)</script></body></html>", StandardCharsets.UTF_8);
        Files.copy(Path.of(CorpusIngest.CORPUS, "iruma_zenki_kihonkeikaku_dai1sho.pdf"), folder.resolve("入間.pdf"));
        try (LuceneIndex index = ingested()) {
            ResponseEntity<Resource> html = new SourceController(index).source(idOf(index, "計画.html"));
            ResponseEntity<Resource> pdf = new SourceController(index).source(idOf(index, "入間.pdf"));

            assertThat(html.getHeaders().getFirst("Content-Security-Policy")).startsWith("sandbox;")
                    .contains("default-src 'none'").doesNotContain("allow-scripts");
            assertThat(pdf.getHeaders().getFirst("Content-Security-Policy")).doesNotContain("sandbox")
                    .contains("default-src 'none'");
            for (ResponseEntity<Resource> response : List.of(html, pdf)) {
                assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline;")
                        .contains("filename*=UTF-8''").doesNotContain(folder.toString());
            }
        }
    }

    @Test
    void aFileSwappedForALinkAfterIngestIsNotServed(@TempDir Path outside) throws IOException {
        Path plan = Files.writeString(folder.resolve("計画.txt"), "まちづくり計画\n移住と定住を進めます。\n",
                StandardCharsets.UTF_8);
        Path secret = Files.writeString(outside.resolve("secret.txt"), "門外不出", StandardCharsets.UTF_8);
        try (LuceneIndex index = ingested()) {
            String id = idOf(index, "計画.txt");
            assertThat(new SourceController(index).source(id).getStatusCode()).isEqualTo(HttpStatus.OK);
            Files.delete(plan);
            Files.createSymbolicLink(plan, secret);

            assertThatThrownBy(() -> new SourceController(index).source(id))
                    .isInstanceOfSatisfying(ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        }
    }

    private LuceneIndex ingested() throws IOException {
        LuceneIndex index = LuceneIndex.openForWriting(indexFolder);
        try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            assertThat(ingest.ingest(List.of(folder), IngestListener.NONE).allIngested()).isTrue();
        }
        return index;
    }

    private static String idOf(LuceneIndex index, String name) {
        return index.files().stream().map(IndexedFile::document).filter(d -> d.file().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
