package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sakuin.opensearch.OpenSearchCluster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cluster's analysis settings tokenise every line of the corpus and the extra corpus exactly as the embedded
 * index's analyzers do: the same terms at the same positions, on the index side and, with the synonym groups, on
 * the query side. Offsets are not compared: the cluster is sent normalised text, and snippets are made in Java.
 */
@Tag("cluster")
@ExtendWith(OpenSearchCluster.Extension.class)
class ClusterAnalysisParityTest {

    private static final String INDEX = "analysis-parity";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static URI node;

    /** Lines that exercise each step of the chain, beside the corpus's own. */
    private static final List<String> CHAIN = List.of(
            "ＧＩＧＡスクール構想とＤＸの推進", "令和元年度から平成27年度、H30年度、2019年まで", "佐々木さんの人々",
            "コンピューターとサーバーのセキュリティー", "移住・定住の促進とUIJターン", "子ども・子育て支援",
            "市民協働によるまちづくり", "買い物弱者の移動手段", "㈱と①、ｱｲｳｴｵ");

    @BeforeAll
    static void createIndex(OpenSearchCluster cluster) throws Exception {
        node = cluster.nodeUris().getFirst();
        send("DELETE", "/" + INDEX, null);
        HttpResponse<String> created = send("PUT", "/" + INDEX, Map.of("settings", Map.of(
                "number_of_shards", 1, "number_of_replicas", 0, "analysis", ClusterAnalysis.settings())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    }

    @Test
    void japaneseWordsOnTheIndexSideAreTheEmbeddedOnes() throws Exception {
        assertSameTokens(new JapaneseTextAnalyzer(), ClusterAnalysis.JAPANESE);
    }

    @Test
    void japaneseWordsWithSynonymsOnTheQuerySideAreTheEmbeddedOnes() throws Exception {
        Analyzer query = new JapaneseTextAnalyzer(SynonymGroups.bundled().map(Set.of(), new JapaneseTextAnalyzer()));
        assertSameTokens(query, ClusterAnalysis.JAPANESE_SEARCH);
    }

    @Test
    void bigramsOnBothSidesAreTheEmbeddedOnes() throws Exception {
        assertSameTokens(BigramAnalyzer.forIndex(), ClusterAnalysis.BIGRAMS);
        assertSameTokens(BigramAnalyzer.forQuery(), ClusterAnalysis.BIGRAMS_SEARCH);
    }

    private static void assertSameTokens(Analyzer embedded, String clusterAnalyzer) throws Exception {
        List<String> lines = sampleLines();
        int compared = 0;
        for (String line : lines) {
            List<String> expected = tokens(embedded, line);
            assertThat(clusterTokens(clusterAnalyzer, line)).as("%s on %s", clusterAnalyzer, line)
                    .isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).as("tokens compared").isGreaterThan(5_000);
    }

    /** Every distinct non-blank line of the corpus and extra corpus text files, and the chain's own lines. */
    private static List<String> sampleLines() throws IOException {
        List<String> lines = new ArrayList<>(CHAIN);
        for (Path folder : List.of(Path.of("corpus"), Path.of("src/test/resources/extra-corpus"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(txt|md)$")).sorted().toList()) {
                    Charset charset = file.toString().contains("sjis") ? Charset.forName("windows-31j")
                            : StandardCharsets.UTF_8;
                    Files.readAllLines(file, charset).stream().map(String::strip).filter(l -> !l.isEmpty())
                            .forEach(lines::add);
                }
            }
        }
        return lines.stream().distinct().toList();
    }

    /** "term@position/length" for each token, positions counted from 0. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(term + "@" + position + "/" + length.getPositionLength());
            }
            stream.end();
        }
        return out.stream().sorted().toList();
    }

    private static List<String> clusterTokens(String analyzer, String text) throws Exception {
        HttpResponse<String> response = send("POST", "/" + INDEX + "/_analyze",
                Map.of("analyzer", analyzer, "text", ClusterAnalysis.text(text)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode token : JSON.readTree(response.body()).path("tokens")) {
            // the cluster names a token's position length only where it is not 1
            int length = token.has("positionLength") ? token.path("positionLength").asInt() : 1;
            out.add(token.path("token").asString() + "@" + token.path("position").asInt() + "/" + length);
        }
        return out.stream().sorted().toList();
    }

    private static HttpResponse<String> send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path)).header("Content-Type",
                "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
