package org.sakuin;

import java.io.IOException;
import org.sakuin.index.PlanIndexes;
import org.sakuin.index.PlanIndex;
import org.sakuin.ingest.IngestService;
import org.sakuin.ops.SakuinMetrics;
import org.sakuin.qa.QuestionAnsweringService;
import org.sakuin.search.SearchService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the feature services for the web application; the command line builds the same ones by hand. */
@Configuration(proxyBeanMethods = false)
class SakuinConfiguration {

    @Bean(destroyMethod = "close")
    PlanIndex planIndex(SakuinProperties properties) throws IOException {
        return PlanIndexes.openForWriting(properties.indexSettings());
    }

    @Bean(destroyMethod = "close")
    IngestService ingestService(PlanIndex index, SakuinProperties properties, SakuinMetrics metrics) {
        return new IngestService(index, properties.ingestSettings(), metrics.ingestCounters());
    }

    @Bean
    SearchService searchService(PlanIndex index, SakuinMetrics metrics) {
        return metrics.searchService(index);
    }

    @Bean
    QuestionAnsweringService questionAnsweringService(SearchService search, SakuinMetrics metrics) {
        return metrics.questionAnswering(search);
    }
}
