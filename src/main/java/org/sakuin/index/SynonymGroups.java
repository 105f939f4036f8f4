package org.sakuin.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The synonym groups of {@code synonyms.txt} (移住,定住,UIJターン …), which queries are expanded with. Users
 * see which groups a query used and may switch any off, so the groups are named by their first word.
 */
public final class SynonymGroups {

    private static final SynonymGroups BUNDLED = load();

    private final List<List<String>> groups;

    private SynonymGroups(List<List<String>> groups) {
        this.groups = groups;
    }

    /** The groups, each a list of words led by the word it is named by. */
    List<List<String>> groups() {
        return groups;
    }

    public static SynonymGroups bundled() {
        return BUNDLED;
    }

    private static SynonymGroups load() {
        try (InputStream in = SynonymGroups.class.getResourceAsStream("synonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("synonyms.txt missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new SynonymGroups(text.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> Arrays.stream(l.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList())
                    .filter(g -> g.size() > 1).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The groups with a word in the text, e.g. [移住, 定住, UIJターン …] for 移住促進. */
    public List<List<String>> matching(String text) {
        String query = normalize(text);
        return groups.stream().filter(g -> g.stream().anyMatch(w -> query.contains(normalize(w)))).toList();
    }

    /** A Lucene synonym map of every group but the switched-off ones, analysed as queries are. */
    SynonymMap map(Collection<String> switchedOff, Analyzer analyzer) {
        StringBuilder solr = new StringBuilder();
        groups.stream().filter(g -> !switchedOff.contains(g.getFirst()))
                .forEach(g -> solr.append(String.join(",", g)).append('\n'));
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(solr.toString()));
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("synonyms.txt cannot be read: " + e.getMessage(), e);
        }
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
