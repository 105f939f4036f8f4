package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Readers see a document by its id and the name it has in its folder, never by the server's path: no response of the
 * REST API, nor a row of its exports, names the corpus folder, the index or any folder of the server.
 */
@IndexedCorpusTest
class ServerPathsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void noResponseNamesAServerPath() throws Exception {
        String hits = body(get("/api/search").param("q", "連携").param("limit", "50"));
        String passage = JsonPath.read(hits, "$.hits[0].passageId");
        String indicators = body(get("/api/indicators").param("limit", "500"));
        String indicator = JsonPath.read(indicators, "$.indicators[0].id");
        String context = body(get("/api/passages/{id}/context", passage));
        assertThat(JsonPath.<String>read(context, "$.hit.passageId")).isEqualTo(passage);
        List<String> bodies = List.of(hits, indicators, body(get("/api/passages/{id}/similar", passage)), context,
                body(get("/api/indicators/{id}", indicator)), body(get("/api/indicators/{id}/similar", indicator)),
                body(get("/api/ask").param("q", "入間市の計画期間は")), body(get("/api/ask").param("q", "自治会加入世帯数の目標は")),
                body(get("/api/benchmark").param("area", "広域連携・自治体間連携")),
                body(get("/api/suggest").param("q", "じちかい")), body(get("/api/indicators/export.csv")), xlsxText());

        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(serverPaths()));
        assertThat(JsonPath.<List<String>>read(hits, "$.hits[*].file")).isNotEmpty()
                .allSatisfy(file -> assertThat(file).doesNotContain("/"));
        assertThat(JsonPath.<List<String>>read(hits, "$.hits[*].documentId")).doesNotContainNull();
        assertThat(JsonPath.<List<String>>read(indicators, "$.indicators[*].documentId")).doesNotContainNull();
    }

    @Test
    void anUnknownPassageHasNoContext() throws Exception {
        mvc.perform(get("/api/passages/{id}/context", "no-such-passage#0")).andExpect(status().isNotFound());
    }

    private static String[] serverPaths() {
        return new String[] {Path.of(CorpusIngest.CORPUS).toAbsolutePath().toString(),
                TestIndexFolder.folder().toString(), Path.of("").toAbsolutePath().toString(), "/home", "/tmp", "/work"};
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String xlsxText() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/indicators/export.xlsx")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell).append('\t');
                }
            }
        }
        return text.toString();
    }
}
