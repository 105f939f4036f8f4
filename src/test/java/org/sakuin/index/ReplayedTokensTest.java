package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayedTokensTest {

    private static final Analyzer JAPANESE = new JapaneseTextAnalyzer();
    private static final Analyzer BIGRAMS = BigramAnalyzer.forIndex();

    @ParameterizedTest
    @ValueSource(strings = {"北海道 旭川市 第8次旭川市総合計画 総合計画",
            "第1章 › 第4節 自治会活動の支援 › (2) 地域コミュニティの活性化", "令和7年度の目標は、", "", "の、は。"})
    void aReplayGivesTheIndexerWhatTheAnalyserGave(String text) throws IOException {
        for (Analyzer analyzer : List.of(JAPANESE, BIGRAMS)) {
            ReplayedTokens tokens = ReplayedTokens.analyse(analyzer, "meta", text);

            assertThat(read(tokens.stream())).isEqualTo(read(analyzer.tokenStream("meta", text)));
            assertThat(read(tokens.stream())).as("replayed again").isEqualTo(read(analyzer.tokenStream("meta", text)));
        }
    }

    @Test
    void aPlanAnalysesARepeatedTextOncePerField() throws IOException {
        AtomicInteger analysed = new AtomicInteger();
        Analyzer counting = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return JAPANESE;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                analysed.incrementAndGet();
                return reader;
            }
        };
        ReplayedTokens.PerPlan plan = new ReplayedTokens.PerPlan(counting);

        List<String> first = read(plan.stream("meta", "旭川市 総合計画"));
        List<String> again = read(plan.stream("meta", "旭川市 総合計画"));
        read(plan.stream("section", "旭川市 総合計画"));

        assertThat(again).isEqualTo(first).isEqualTo(read(JAPANESE.tokenStream("meta", "旭川市 総合計画")));
        assertThat(first).anyMatch(t -> t.startsWith("旭川/"));
        assertThat(analysed).as("once for meta, once for section").hasValue(2);
    }

    /** Each token as term/increment/length/start-end, then the end state, as the indexer reads them. */
    private static List<String> read(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "/" + increment.getPositionIncrement() + "/" + length.getPositionLength() + "/"
                        + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            tokens.add("end/" + increment.getPositionIncrement() + "/" + offset.endOffset());
        }
        return tokens;
    }
}
