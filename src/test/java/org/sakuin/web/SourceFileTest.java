package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.sakuin.plan.PlanDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /source/{documentId}}: the ingested file's bytes, for the "open the source" links of hits. */
@IndexedCorpusTest
class SourceFileTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanIndex index;

    @Test
    void theSourceOfAHitIsTheFileWithItsContentType() throws Exception {
        String json = mvc.perform(get("/api/search").param("q", "都市間連携"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String documentId = JsonPath.read(json, "$.hits[0].documentId");
        PlanDocument document = index.file(documentId).map(IndexedFile::document).orElseThrow();

        MockHttpServletResponse response = mvc.perform(get("/source/{documentId}", documentId))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentAsByteArray()).isEqualTo(Files.readAllBytes(Path.of(document.path())));
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(
                MediaType.parseMediaType(document.contentType()))).isTrue();
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
    }

    @Test
    void aPdfIsServedAsPdf() throws Exception {
        IndexedFile pdf = index.files().stream()
                .filter(f -> f.document().file().endsWith("iruma_zenki_kihonkeikaku_dai1sho.pdf"))
                .findFirst().orElseThrow();

        MockHttpServletResponse response = mvc.perform(get("/source/{documentId}", pdf.document().id()))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_PDF))
                .isTrue();
        assertThat(response.getContentAsByteArray())
                .isEqualTo(Files.readAllBytes(Path.of(CorpusIngest.CORPUS, "iruma_zenki_kihonkeikaku_dai1sho.pdf")));
    }

    @Test
    void anUnknownDocumentIsNotFound() throws Exception {
        mvc.perform(get("/source/{documentId}", "0000000000000000")).andExpect(status().isNotFound());
    }
}
