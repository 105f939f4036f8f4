package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
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

/**
 * {@code GET /api/indicators/export.csv} and {@code .xlsx}: the filtered indicators, in the order asked for,
 * parsed back as a spreadsheet user's program would read them.
 */
@IndexedCorpusTest
class IndicatorExportTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String TORIKUMI = "上川中部定住自立圏形成協定に基づく取組数";

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

        List<CSVRecord> records = csv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(records).as("every indicator of 入間市, whatever the limit says").hasSize(irumaIndicators());
        CSVRecord household = records.stream().filter(r -> r.get("指標名").equals("自治会加入世帯数")).findFirst()
                .orElseThrow();
        assertThat(household.get("自治体")).isEqualTo("入間市");
        assertThat(household.get("単位")).isEqualTo("世帯");
        assertThat(household.get("基準値")).isEqualTo("41383");
        assertThat(household.get("目標値1")).isEqualTo("現状維持");
        assertThat(household.get("ページ")).isEqualTo("10");
        assertThat(household.get("原文リンク")).startsWith("http://localhost").contains("/source/").endsWith("#page=10")
                .doesNotContain("corpus/");
        assertThat(records).allSatisfy(r -> assertThat(r.get("自治体")).isEqualTo("入間市"));
    }

    @Test
    void csvPutsEachActualAndTargetWithItsYearInColumnsOfTheirOwn() throws Exception {
        List<CSVRecord> records = csv(text(mvc.perform(get("/api/indicators/export.csv").param("q", TORIKUMI))
                .andExpect(status().isOk()).andReturn().getResponse()));

        CSVRecord row = records.stream().filter(r -> r.get("指標名").equals(TORIKUMI)).findFirst().orElseThrow();
        assertThat(List.of(row.get("基準値"), row.get("基準年度"), row.get("実績1"), row.get("実績年度1"), row.get("実績2"),
                row.get("実績年度2"), row.get("目標値1"), row.get("目標年度1"), row.get("目標値2"), row.get("目標年度2")))
                .containsExactly("152", "2015", "152", "2016", "155", "2017", "166", "2019", "182", "2027");
        assertThat(new BigDecimal(row.get("達成率(%)"))).isEqualByComparingTo("93.4");
        assertThat(records).allSatisfy(r -> {
            for (String column : List.of("基準年度", "実績年度1", "目標年度1", "ページ")) {
                assertThat(r.get(column)).as(column + " is a whole number or empty").matches("[0-9]*");
            }
        });
    }

    @Test
    void theLongCsvHasARowPerIndicatorKindAndYear() throws Exception {
        List<CSVRecord> records = csv(text(mvc.perform(get("/api/indicators/export.csv").param("q", TORIKUMI)
                .param("layout", "long")).andExpect(status().isOk()).andReturn().getResponse()));

        List<String> figures = records.stream().filter(r -> r.get("指標名").equals(TORIKUMI))
                .map(r -> r.get("区分") + " " + r.get("年度") + " " + r.get("値")).toList();
        assertThat(figures).containsExactly("基準値 2015 152", "実績 2016 152", "実績 2017 155", "目標値 2019 166",
                "目標値 2027 182");
    }

    @Test
    void theExportIsInTheOrderOfItsSort() throws Exception {
        List<CSVRecord> records = csv(text(mvc.perform(get("/api/indicators/export.csv")
                .param("municipality", "旭川市").param("sort", "-baseline"))
                .andExpect(status().isOk()).andReturn().getResponse()));

        List<BigDecimal> baselines = records.stream().map(r -> new BigDecimal(r.get("基準値"))).toList();
        assertThat(baselines).hasSizeGreaterThan(1).isSortedAccordingTo((a, b) -> b.compareTo(a));
        mvc.perform(get("/api/indicators/export.csv").param("sort", "colour")).andExpect(status().isBadRequest());
    }

    @Test
    void xlsxHoldsNumbersAsNumericCellsAndYearsAsWholeNumbers() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/indicators/export.xlsx").param("municipality", "旭川市"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo(IndicatorExportController.XLSX.toString());
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("指標");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            Row row = rowNamed(sheet, header, TORIKUMI);
            DataFormatter shown = new DataFormatter();
            for (String column : List.of("基準値", "基準年度", "実績1", "目標値2", "目標年度2", "達成率(%)", "ページ")) {
                Cell cell = row.getCell(header.indexOf(column));
                assertThat(cell.getCellType()).as(column + " is a number").isEqualTo(CellType.NUMERIC);
            }
            assertThat(row.getCell(header.indexOf("基準値")).getNumericCellValue()).isEqualTo(152.0);
            assertThat(shown.formatCellValue(row.getCell(header.indexOf("目標年度2")))).isEqualTo("2027");
            assertThat(row.getCell(header.indexOf("原文リンク")).getStringCellValue()).startsWith("http").contains("/source/");

            Sheet tall = workbook.getSheet("推移");
            assertThat(tall.getLastRowNum()).as("a row per figure").isGreaterThan(sheet.getLastRowNum());
        }
    }

    private static Row rowNamed(Sheet sheet, List<String> header, String name) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(header.indexOf("指標名")).getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private int irumaIndicators() {
        PassageFilter iruma = new PassageFilter("入間市", null, null, null, null, null);
        return search.indicators(new IndicatorRequest("", iruma, null, null, 0, 1)).total();
    }
}
