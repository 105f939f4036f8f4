package org.sakuin.web;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/benchmark} and {@code GET /api/passages/{id}/similar} over the bundled corpus. */
@IndexedCorpusTest
class BenchmarkApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theBenchmarkHasAColumnPerTownWithMeasuresAndIndicators() throws Exception {
        mvc.perform(get("/api/benchmark").param("area", "広域連携・自治体間連携"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.area").value("広域連携・自治体間連携"))
                .andExpect(jsonPath("$.towns[*].municipality", hasItems("入間市", "旭川市")))
                .andExpect(jsonPath("$.towns[0].measures").isArray())
                .andExpect(jsonPath("$.towns[0].indicators").isArray());
    }

    @Test
    void aBlankAreaIsABadRequest() throws Exception {
        mvc.perform(get("/api/benchmark").param("area", " ")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/benchmark")).andExpect(status().isBadRequest());
    }

    @Test
    void similarPassagesComeFromOtherTowns() throws Exception {
        String found = mvc.perform(get("/api/search").param("q", "自治会加入").param("municipality", "入間市"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(found, "$.hits[0].passageId");

        mvc.perform(get("/api/passages/{id}/similar", id).param("limit", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThan(0)))
                .andExpect(jsonPath("$.length()", lessThanOrEqualTo(3)))
                .andExpect(jsonPath("$[*].municipality", everyItem(not(is("入間市")))));
        mvc.perform(get("/api/passages/{id}/similar", id).param("limit", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/passages/{id}/similar", "no-such-passage"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }
}
