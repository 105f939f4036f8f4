package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sakuin.index.PassageFilter;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/indicators/export.csv} and {@code .xlsx}: the filtered indicators, opened as Excel would. */
@IndexedCorpusTest
class IndicatorExportTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchService search;

    @Test
    void csvIsUtf8WithABomAHeaderAndOneRowPerIndicator() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/indicators/export.csv")
                        .param("municipality", "入間市").param("limit", "1"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains(".csv");
        byte[] body = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).isEqualTo(UTF8_BOM);

        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        assertThat(records.getFirst().values()).containsExactly("自治体", "都道府県", "計画", "種別", "指標名", "単位",
                "基準値", "基準年度", "実績", "達成率", "目標値", "説明", "ファイル", "ページ", "見出し");
        assertThat(records).as("every indicator of 入間市, whatever the limit says")
                .hasSize(1 + irumaIndicators());
        CSVRecord household = records.stream().filter(r -> r.get(4).equals("自治会加入世帯数")).findFirst().orElseThrow();
        assertThat(household.values()).startsWith("入間市", "埼玉県", "第6次入間市総合計画 前期基本計画", "成果指標",
                "自治会加入世帯数", "世帯", "41383", "");
        assertThat(household.get(10)).isEqualTo("現状維持");
        assertThat(household.get(12)).endsWith("iruma_zenki_kihonkeikaku_dai1sho.pdf");
        assertThat(household.get(13)).isEqualTo("10");
        assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("入間市"));
    }

    @Test
    void csvFlattensActualsAndTargetsWithTheirYears() throws Exception {
        String text = mvc.perform(get("/api/indicators/export.csv").param("q", "上川中部定住自立圏形成協定"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        CSVRecord row = records.stream().filter(r -> r.get(4).equals("上川中部定住自立圏形成協定に基づく取組数"))
                .findFirst().orElseThrow();
        assertThat(row.get(6)).isEqualTo("152");
        assertThat(row.get(7)).isEqualTo("2015");
        assertThat(row.get(8)).isEqualTo("2016:152; 2017:155");
        assertThat(row.get(9)).isEqualTo("93.4%");
        assertThat(row.get(10)).isEqualTo("2019:166; 2027:182");
    }

    @Test
    void xlsxOpensWithPoiAndHoldsTheFilteredRows() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/indicators/export.xlsx").param("municipality", "入間市"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo(IndicatorExportController.XLSX.toString());
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("指標");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(IndicatorExport.HEADER);
            assertThat(sheet.getLastRowNum()).isEqualTo(irumaIndicators());

            Row household = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(4).getStringCellValue().equals("自治会加入世帯数")) {
                    household = row;
                }
            }
            assertThat(household).as("the 自治会加入世帯数 row").isNotNull();
            assertThat(household.getCell(0).getStringCellValue()).isEqualTo("入間市");
            assertThat(household.getCell(6).getCellType()).as("a numeric baseline is a number").isEqualTo(CellType.NUMERIC);
            assertThat(household.getCell(6).getNumericCellValue()).isEqualTo(41383.0);
            assertThat(household.getCell(10).getStringCellValue()).isEqualTo("現状維持");
            assertThat(household.getCell(13).getNumericCellValue()).isEqualTo(10.0);
        }
    }

    private int irumaIndicators() {
        PassageFilter iruma = new PassageFilter("入間市", null, null, null, null, null);
        return search.indicators(new IndicatorRequest("", iruma, null, null, 0, 1)).total();
    }
}
