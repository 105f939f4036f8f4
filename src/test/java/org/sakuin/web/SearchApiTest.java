package org.sakuin.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/search} over the bundled corpus. */
@IndexedCorpusTest
class SearchApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void searchReturnsHitsWithTheirPlaceInThePlanAndFacets() throws Exception {
        mvc.perform(get("/api/search").param("q", "都市間連携"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total", greaterThan(0)))
                .andExpect(jsonPath("$.hits.length()", greaterThan(0)))
                .andExpect(jsonPath("$.hits[0].file", not(containsString("/"))))
                .andExpect(jsonPath("$.hits[0].municipality", not(emptyString())))
                .andExpect(jsonPath("$.hits[0].prefecture", not(emptyString())))
                .andExpect(jsonPath("$.hits[0].title", not(emptyString())))
                .andExpect(jsonPath("$.hits[0].planType", not(emptyString())))
                .andExpect(jsonPath("$.hits[0].page", greaterThan(0)))
                .andExpect(jsonPath("$.hits[0].section").isString())
                .andExpect(jsonPath("$.hits[0].areas").isArray())
                .andExpect(jsonPath("$.hits[0].score").isNumber())
                .andExpect(jsonPath("$.hits[0].snippet", containsString("<mark>")))
                .andExpect(jsonPath("$.hits[0].indicatorIds").isArray())
                .andExpect(jsonPath("$.facets", hasKey("area")))
                .andExpect(jsonPath("$.facets", hasKey("municipality")))
                .andExpect(jsonPath("$.facets", hasKey("prefecture")))
                .andExpect(jsonPath("$.facets", hasKey("planType")))
                .andExpect(jsonPath("$.facets", hasKey("fy")))
                .andExpect(jsonPath("$.facets.municipality[0].value", not(emptyString())))
                .andExpect(jsonPath("$.facets.municipality[0].count", greaterThan(0)));
    }

    @Test
    void suggestCompletesKanaByReadingWithTheKindOfEachSuggestion() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "じちかい").param("limit", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("じちかい"))
                .andExpect(jsonPath("$.suggestions[?(@.text == '自治会加入世帯数')].kind").value(
                        org.hamcrest.Matchers.contains("INDICATOR")))
                .andExpect(jsonPath("$.suggestions[0].plans", greaterThan(0)));
        mvc.perform(get("/api/suggest").param("q", "じちかい").param("limit", "0"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPastedTextIsABadRequest() throws Exception {
        mvc.perform(get("/api/search").param("q", "計".repeat(1001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("at most 1000 characters")));
    }

    @Test
    void aMistypedWordIsRespeltInTheSearchJson() throws Exception {
        mvc.perform(get("/api/search").param("q", "自治界"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.didYouMean.query").value("自治会"))
                .andExpect(jsonPath("$.didYouMean.total", greaterThan(0)));
    }

    @Test
    void theIrumaPassageWithTheIndicatorIsOnPageTen() throws Exception {
        mvc.perform(get("/api/search").param("q", "自治会加入").param("limit", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[?(@.snippet =~ /.*<mark>自治会加入<\\/mark>世帯数.*/s)].page")
                        .value(org.hamcrest.Matchers.contains(10)))
                .andExpect(jsonPath("$.hits[?(@.page == 10)].file",
                        everyItem(containsString("iruma_zenki_kihonkeikaku_dai1sho.pdf"))))
                .andExpect(jsonPath("$.hits[?(@.page == 10)].municipality", everyItem(org.hamcrest.Matchers.is("入間市"))));
    }

    @Test
    void filtersNarrowTheHits() throws Exception {
        mvc.perform(get("/api/search").param("q", "都市間連携").param("municipality", "旭川市"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThan(0)))
                .andExpect(jsonPath("$.hits[*].municipality", everyItem(org.hamcrest.Matchers.is("旭川市"))));
    }

    @Test
    void repeatedFacetParametersAreOrEdWithinAFacetAndAndedAcross() throws Exception {
        mvc.perform(get("/api/search").param("q", "連携").param("limit", "50")
                        .param("municipality", "入間市").param("municipality", "旭川市"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThan(0)))
                .andExpect(jsonPath("$.hits[*].municipality", org.hamcrest.Matchers.hasItems("入間市", "旭川市")))
                .andExpect(jsonPath("$.hits[*].municipality",
                        everyItem(org.hamcrest.Matchers.oneOf("入間市", "旭川市"))));
        mvc.perform(get("/api/search").param("q", "連携").param("limit", "50")
                        .param("municipality", "入間市").param("municipality", "旭川市")
                        .param("area", "広域連携・自治体間連携"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].areas", everyItem(org.hamcrest.Matchers.hasItem("広域連携・自治体間連携"))))
                .andExpect(jsonPath("$.facets.municipality[*].value", org.hamcrest.Matchers.hasItem("札幌市")));
    }

    @Test
    void aLimitOutOfRangeIsABadRequestWithProblemJson() throws Exception {
        mvc.perform(get("/api/search").param("q", "都市間連携").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail", containsString("limit")));
    }

    @Test
    void onlyExcludedWordsIsABadRequest() throws Exception {
        mvc.perform(get("/api/search").param("q", "-連携"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", not(emptyString())));
    }
}
