package org.sakuin.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis settings of a cluster index, built from the embedded index's own: Kuromoji in search mode with
 * Sakuin's user dictionary, base forms, part-of-speech and stop words dropped, katakana long vowels stemmed, the
 * synonym groups on the query side only; CJK bigrams (with single characters on the index side). The character
 * filters the cluster lacks (ICU's NFKC, the era years) run in Java: text is sent {@link #text normalised}.
 */
final class ClusterAnalysis {

    /** Kuromoji words, as written; {@link #JAPANESE_SEARCH} adds the synonym groups. */
    static final String JAPANESE = "sakuin_ja";
    static final String JAPANESE_SEARCH = "sakuin_ja_search";
    /** CJK bigrams and single characters for the index; bigrams alone for queries. */
    static final String BIGRAMS = "sakuin_bigram";
    static final String BIGRAMS_SEARCH = "sakuin_bigram_search";

    private ClusterAnalysis() {
    }

    /** The text as the cluster is to tokenise it: what the embedded analyzers' character filters make of it. */
    static String text(String text) {
        return NormalizedText.of(text);
    }

    /** The {@code analysis} object of the index settings. */
    static Map<String, Object> settings() {
        return Map.of(
                "char_filter", Map.of("sakuin_iteration_marks", Map.of("type", "kuromoji_iteration_mark",
                        "normalize_kanji", true, "normalize_kana", true)),
                "tokenizer", Map.of("sakuin_kuromoji", Map.of("type", "kuromoji_tokenizer", "mode", "search",
                        "discard_punctuation", true, "discard_compound_token", true,
                        "user_dictionary_rules", UserDictionaryFile.bundled().entries())),
                "filter", filters(),
                "analyzer", Map.of(
                        JAPANESE, japanese(List.of()),
                        JAPANESE_SEARCH, japanese(List.of("sakuin_synonyms")),
                        BIGRAMS, bigrams("sakuin_bigrams_with_unigrams"),
                        BIGRAMS_SEARCH, bigrams("sakuin_bigrams")));
    }

    private static Map<String, Object> filters() {
        List<String> allScripts = List.of();
        return Map.of(
                "sakuin_pos", Map.of("type", "kuromoji_part_of_speech"),
                "sakuin_stop", Map.of("type", "ja_stop", "stopwords", "_japanese_"),
                "sakuin_katakana", Map.of("type", "kuromoji_stemmer", "minimum_length", 4),
                "sakuin_synonyms", Map.of("type", "synonym_graph", "lenient", false, "synonyms", synonymRules()),
                "sakuin_bigrams_with_unigrams", Map.of("type", "cjk_bigram", "ignored_scripts", allScripts,
                        "output_unigrams", true),
                "sakuin_bigrams", Map.of("type", "cjk_bigram", "ignored_scripts", allScripts,
                        "output_unigrams", false));
    }

    private static Map<String, Object> japanese(List<String> extraFilters) {
        List<String> filters = new ArrayList<>(List.of("kuromoji_baseform", "sakuin_pos", "sakuin_stop",
                "sakuin_katakana"));
        filters.addAll(extraFilters);
        Map<String, Object> analyzer = new LinkedHashMap<>();
        analyzer.put("type", "custom");
        analyzer.put("char_filter", List.of("sakuin_iteration_marks"));
        analyzer.put("tokenizer", "sakuin_kuromoji");
        analyzer.put("filter", filters);
        return analyzer;
    }

    private static Map<String, Object> bigrams(String filter) {
        return Map.of("type", "custom", "tokenizer", "standard", "filter", List.of(filter));
    }

    /** Solr-format rules, one group a line, its words normalised as the text they are to meet. */
    private static List<String> synonymRules() {
        return SynonymGroups.bundled().groups().stream()
                .map(group -> String.join(",", group.stream().map(ClusterAnalysis::text).toList())).toList();
    }
}
