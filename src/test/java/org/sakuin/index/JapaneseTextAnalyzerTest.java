package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The words plans are indexed and queried as, with the plan vocabulary of userdict.txt. */
class JapaneseTextAnalyzerTest {

    private static List<String> tokens(String text) throws IOException {
        try (Analyzer analyzer = new JapaneseTextAnalyzer(); TokenStream stream = analyzer.tokenStream("text", text)) {
            return terms(stream);
        }
    }

    private static List<String> terms(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        List<String> terms = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            terms.add(term.toString());
        }
        stream.end();
        return terms;
    }

    @Test
    void aPlanWordIsOneTokenWhateverSurroundsIt() throws IOException {
        assertThat(tokens("協働")).containsExactly("協働");
        assertThat(tokens("市民協働の推進")).containsExactly("市民", "協働", "推進");
        assertThat(tokens("協働によるまちづくり")).startsWith("協働").doesNotContain("協", "働");
        // stock Kuromoji splits 弱者 only in some sentences
        assertThat(tokens("交通弱者の移動手段")).contains("弱者");
        assertThat(tokens("買い物弱者")).containsExactly("買い物", "弱者");
    }

    @Test
    void aCompoundIsSplitIntoItsWordsSoThatAPartFindsIt() throws IOException {
        assertThat(tokens("地域おこし協力隊")).contains("協力");
        assertThat(tokens("ヤングケアラーへの支援")).containsAll(tokens("ケアラー"));
        assertThat(tokens("木質バイオマス発電")).containsAll(tokens("バイオマス"));
        assertThat(tokens("観光入込客数")).containsAll(tokens("入込"));
        assertThat(tokens("まち・ひと・しごと創生総合戦略")).containsAll(tokens("しごと")).containsAll(tokens("創生"));
    }

    @Test
    void textIsNormalisedBeforeTheDictionarySeesIt() throws IOException {
        assertThat(tokens("ﾌﾚｲﾙ予防")).isEqualTo(tokens("フレイル予防"));
        assertThat(tokens("老々介護")).isEqualTo(tokens("老老介護"));
    }

    @Test
    void aShortEntryDoesNotCutTheLongerWordsAroundIt() throws IOException {
        assertThat(tokens("結婚活動の支援")).containsExactly("結婚", "活動", "支援");
        assertThat(tokens("難病児")).containsExactly("難病", "児");
    }

    @Test
    void everyDictionaryLineIsAnEntryTheTokenizerEmitsAsWritten() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> lines = dictionaryLines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 4) {
                problems.add("line " + (i + 1) + " has " + fields.length + " fields: " + line);
                continue;
            }
            List<String> segments = Arrays.asList(fields[1].split(" "));
            if (!String.join("", segments).equals(fields[0])) {
                problems.add("line " + (i + 1) + " is segmented into other characters than its surface: " + line);
            }
            if (fields[2].split(" ").length != segments.size() || !fields[2].matches("[ァ-ヶー ]+")) {
                problems.add("line " + (i + 1) + " needs one katakana reading per segment: " + line);
            }
            List<String> emitted = tokenizerTokens(fields[0]);
            if (!emitted.equals(segments)) {
                problems.add("line " + (i + 1) + " comes out as " + emitted + ": " + line);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(UserDictionaryFile.bundled().entries()).hasSizeBetween(60, 150);
    }

    private static List<String> dictionaryLines() throws IOException {
        try (InputStream in = UserDictionaryFile.class.getResourceAsStream(UserDictionaryFile.NAME)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** What Kuromoji with the dictionary emits, before any filter. */
    private static List<String> tokenizerTokens(String text) throws IOException {
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(UserDictionaryFile.bundled().dictionary(), true, true,
                JapaneseTokenizer.Mode.SEARCH)) {
            tokenizer.setReader(new StringReader(text));
            return terms(tokenizer);
        }
    }

    @Test
    void aBrokenDictionaryFailsNamingTheFileAndLine() {
        assertThatThrownBy(() -> UserDictionaryFile.parse("broken.txt", "# plan words\n協働,協 動,キョウドウ,名詞-一般\n"))
                .hasMessageContaining("broken.txt line 2").hasMessageContaining("does not join back");
        assertThatThrownBy(() -> UserDictionaryFile.parse("broken.txt", "創生,創生,ソウセイ\n"))
                .hasMessageContaining("broken.txt line 1").hasMessageContaining("4 fields");
        assertThatThrownBy(() -> UserDictionaryFile.parse("broken.txt", "除排雪,除 排雪,ジョハイセツ,名詞-一般\n"))
                .hasMessageContaining("line 1").hasMessageContaining("2 segments but 1 readings");
        assertThatThrownBy(() -> UserDictionaryFile.parse("broken.txt", "ＧＩＧＡスクール,ＧＩＧＡ スクール,ギガ スクール,名詞-一般\n"))
                .hasMessageContaining("line 1").hasMessageContaining("gigaスクール");
        assertThatThrownBy(() -> UserDictionaryFile.parse("broken.txt", "婚活,婚活,コンカツ,名詞-一般\n婚活,婚活,コンカツ,名詞\n"))
                .hasMessageContaining("line 2").hasMessageContaining("second entry");
    }
}
