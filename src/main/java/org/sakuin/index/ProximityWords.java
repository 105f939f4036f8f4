package org.sakuin.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a query that its proximity boost (terms close together score higher) is built of: the single words,
 * each once, at most four, and no more than {@link #MAX_PATHS} ways through their synonyms. A phrase of synonym-rich
 * words is one phrase per combination of their synonyms: six times 移住 made 16,384 clauses and a failed search.
 * The boost only reorders what the words found, so bounding it never loses a hit.
 */
final class ProximityWords {

    static final int MAX_WORDS = 4;
    static final int MAX_PATHS = 64;

    private ProximityWords() {
    }

    static List<String> of(List<List<QueryTerm>> required, Set<String> synonymsOff) {
        Set<String> distinct = new LinkedHashSet<>();
        required.stream().filter(group -> group.size() == 1).map(group -> group.getFirst().text().strip())
                .filter(word -> !word.isEmpty()).forEach(distinct::add);
        List<String> words = new ArrayList<>();
        long paths = 1;
        for (String word : distinct) {
            long ways = paths * ways(word, synonymsOff);
            if (words.size() == MAX_WORDS || ways > MAX_PATHS) {
                break;
            }
            words.add(word);
            paths = ways;
        }
        return words.size() < 2 ? List.of() : words;
    }

    /** How many spellings a word stands for once the synonym groups it holds are expanded (1 without any). */
    private static long ways(String word, Set<String> synonymsOff) {
        long ways = 1;
        for (List<String> group : SynonymGroups.bundled().matching(word)) {
            if (!synonymsOff.contains(group.getFirst())) {
                ways *= group.size();
            }
        }
        return ways;
    }
}
