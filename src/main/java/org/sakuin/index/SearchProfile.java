package org.sakuin.index;

/**
 * How text is analysed and queried. Sakuin's own analysis is the default; the two baselines exist to show,
 * side by side in one evaluation run, what it gains over the usual setups.
 */
public enum SearchProfile {
    /** Kuromoji and bigram fields, headings and titles, synonyms, era years, proximity. */
    SAKUIN,
    /** Lucene's stock JapaneseAnalyzer on the passage text alone (what Solr's text_ja or Elasticsearch's kuromoji give). */
    STOCK_KUROMOJI,
    /** CJK bigrams of the passage text alone. */
    BIGRAM_ONLY
}
