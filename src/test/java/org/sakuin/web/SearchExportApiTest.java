package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/search/export} and the order and range of years of {@code /api/search}, over the bundled corpus. */
@IndexedCorpusTest
class SearchExportApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCsvHasEveryHitWithTheSnippetAsTextAndALinkToTheSourcePage() throws Exception {
        byte[] body = mvc.perform(get("/api/search/export").param("format", "csv").param("q", "自治会加入"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");

        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(total("自治会加入"));
        assertThat(rows.getFirst().getParser().getHeaderNames())
                .containsExactly("自治体", "都道府県", "計画", "見出し", "ページ", "抜粋", "リンク");
        CSVRecord household = rows.stream().filter(r -> r.get("抜粋").contains("自治会加入世帯数")).findFirst().orElseThrow();
        assertThat(household.get("自治体")).isEqualTo("入間市");
        assertThat(household.get("ページ")).isEqualTo("10");
        assertThat(household.get("リンク")).matches("http://localhost(:[0-9]+)?/source/[^#]+#page=10");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("抜粋")).isNotBlank().doesNotContain("<mark>", "&amp;"));
    }

    @Test
    void theWorkbookHasThePageAsANumberAndTheSameRowsAsTheCsv() throws Exception {
        byte[] body = mvc.perform(get("/api/search/export").param("format", "xlsx").param("q", "自治会加入")
                        .param("municipality", "入間市"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("ページ");
            assertThat(sheet.getLastRowNum()).isPositive();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("入間市");
                    assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(6).getStringCellValue()).contains("/source/").contains("#page=");
                }
            }
        }
    }

    @Test
    void anUnknownFormatOrderOrABackwardRangeIsABadRequest() throws Exception {
        mvc.perform(get("/api/search/export").param("format", "pdf").param("q", "計画")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "計画").param("sort", "newest")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "計画").param("fyFrom", "2030").param("fyTo", "2020"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiSortsByYearAndNarrowsToARangeOfYears() throws Exception {
        mvc.perform(get("/api/search").param("q", "計画").param("sort", "year")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total("計画")));
        mvc.perform(get("/api/search").param("q", "計画").param("fyFrom", "1990").param("fyTo", "1991"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    private int total(String query) throws Exception {
        String json = mvc.perform(get("/api/search").param("q", query)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Integer.parseInt(json.replaceAll("(?s)^\\{\"total\":([0-9]+).*", "$1"));
    }
}
