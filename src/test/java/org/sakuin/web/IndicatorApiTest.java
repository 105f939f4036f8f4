package org.sakuin.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/indicators}, one indicator and its similar ones in other towns, over the bundled corpus. */
@IndexedCorpusTest
class IndicatorApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchService search;

    @Test
    void theListHasTheShapeOfIndicatorsJson() throws Exception {
        int all = search.indicators(IndicatorRequest.of("", 1)).total();
        mvc.perform(get("/api/indicators"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total", is(all)))
                .andExpect(jsonPath("$.total", greaterThan(30)))
                .andExpect(jsonPath("$.indicators.length()", is(Math.min(all, IndicatorParams.DEFAULT_LIMIT))))
                .andExpect(jsonPath("$.indicators[0].id").isString())
                .andExpect(jsonPath("$.indicators[0].name").isString())
                .andExpect(jsonPath("$.indicators[0].kind").isString())
                .andExpect(jsonPath("$.indicators[0].baseline.value").isString())
                .andExpect(jsonPath("$.indicators[0].baseline", hasKey("fy")))
                .andExpect(jsonPath("$.indicators[0].baseline.raw").isString())
                .andExpect(jsonPath("$.indicators[0].baseline", hasKey("unit")))
                .andExpect(jsonPath("$.indicators[0].baseline", hasKey("qualifier")))
                .andExpect(jsonPath("$.indicators[0].baseline", hasKey("basis")))
                .andExpect(jsonPath("$.indicators[0].baseline", hasKey("upper")))
                .andExpect(jsonPath("$.indicators[0].achievementComputed").isBoolean())
                .andExpect(jsonPath("$.indicators[0].actuals").isArray())
                .andExpect(jsonPath("$.indicators[0].targets").isArray())
                .andExpect(jsonPath("$.indicators[0]", hasKey("achievement")))
                .andExpect(jsonPath("$.indicators[0]", hasKey("description")))
                .andExpect(jsonPath("$.indicators[0]", hasKey("unit")))
                .andExpect(jsonPath("$.indicators[0].municipality").isString())
                .andExpect(jsonPath("$.indicators[0].prefecture").isString())
                .andExpect(jsonPath("$.indicators[0].plan").isString())
                .andExpect(jsonPath("$.indicators[0].planType").isString())
                .andExpect(jsonPath("$.indicators[0].file", not(containsString("/"))))
                .andExpect(jsonPath("$.indicators[0].documentId").isString())
                .andExpect(jsonPath("$.indicators[0].page", greaterThan(0)))
                .andExpect(jsonPath("$.indicators[0].section").isString())
                .andExpect(jsonPath("$.indicators[0].source").isString())
                .andExpect(jsonPath("$.facets", hasKey("municipality")))
                .andExpect(jsonPath("$.facets", hasKey("fy")))
                .andExpect(jsonPath("$.facets.kind[*].value", hasItem("成果指標")))
                .andExpect(jsonPath("$.facets.unit[*].value", hasItem("%")));
    }

    @Test
    void filtersAndPagingNarrowTheList() throws Exception {
        int all = search.indicators(IndicatorRequest.of("", 1)).total();
        mvc.perform(get("/api/indicators").param("municipality", "旭川市"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", lessThan(all)))
                .andExpect(jsonPath("$.indicators.length()", greaterThan(0)))
                .andExpect(jsonPath("$.indicators[*].municipality", everyItem(is("旭川市"))));
        mvc.perform(get("/api/indicators").param("unit", "%").param("kind", "成果指標"))
                .andExpect(jsonPath("$.indicators.length()", greaterThan(0)))
                .andExpect(jsonPath("$.indicators[*].unit", everyItem(is("%"))))
                .andExpect(jsonPath("$.indicators[*].kind", everyItem(is("成果指標"))));
        mvc.perform(get("/api/indicators").param("q", "自治会"))
                .andExpect(jsonPath("$.total", lessThan(all)))
                .andExpect(jsonPath("$.indicators[*].name", hasItem("自治会加入世帯数")))
                .andExpect(jsonPath("$.indicators[*].name", not(hasItem("平和都市宣言の認知度"))));
        mvc.perform(get("/api/indicators").param("fy", "2027"))
                .andExpect(jsonPath("$.total", greaterThan(0)))
                .andExpect(jsonPath("$.total", lessThan(all)));
        mvc.perform(get("/api/indicators").param("limit", "3").param("offset", "2"))
                .andExpect(jsonPath("$.total", is(all)))
                .andExpect(jsonPath("$.indicators.length()", is(3)))
                .andExpect(jsonPath("$.indicators[0].id",
                        is(search.indicators(new IndicatorRequest("", null, null, null, 2, 1)).indicators().getFirst().id())));
    }

    @Test
    void aNameWordFoundNowhereIsRespelt() throws Exception {
        mvc.perform(get("/api/indicators").param("q", "自治界"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.didYouMean.query").value("自治会"));
    }

    @Test
    void oneIndicatorById() throws Exception {
        IndicatorEntry indicator = CorpusIndicators.named(search, "自治会加入世帯数");
        mvc.perform(get("/api/indicators/{id}", indicator.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id", is(indicator.id())))
                .andExpect(jsonPath("$.name", is("自治会加入世帯数")))
                .andExpect(jsonPath("$.municipality", is("入間市")))
                .andExpect(jsonPath("$.baseline.value", is("41383")))
                .andExpect(jsonPath("$.targets[0].value", is("現状維持")))
                .andExpect(jsonPath("$.page", is(10)));
    }

    @Test
    void anUnknownIdIsNotFoundWithProblemJson() throws Exception {
        mvc.perform(get("/api/indicators/{id}", "no-such-indicator"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status", is(404)))
                .andExpect(jsonPath("$.detail", containsString("no-such-indicator")));
        mvc.perform(get("/api/indicators/{id}/similar", "no-such-indicator"))
                .andExpect(status().isNotFound());
    }

    @Test
    void similarIndicatorsAreOfOtherTowns() throws Exception {
        IndicatorEntry asahikawa = CorpusIndicators.named(search, "国内姉妹都市の交流事業参加者数");
        mvc.perform(get("/api/indicators/{id}/similar", asahikawa.id()).param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThan(0)))
                .andExpect(jsonPath("$[*].municipality", everyItem(not(is("旭川市")))))
                .andExpect(jsonPath("$[*].name", hasItem("姉妹都市佐渡市指定保養所の利用者数")));
    }

    @Test
    void badLimitsAreBadRequests() throws Exception {
        mvc.perform(get("/api/indicators").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("limit")));
        mvc.perform(get("/api/indicators/{id}/similar", CorpusIndicators.named(search, "自治会加入世帯数").id()).param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("limit")));
    }
}
