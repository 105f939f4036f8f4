package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The development questions (../shared/eval/dev-questions.tsv, copied to src/test/resources/eval), judged as
 * score.py judges them: the answer contains an expected form and one of the first three sources cites the
 * expected file. Prints every answer and the total; fails below the issue's target of 16 of 17.
 */
class DevQuestionsTest extends SeedQuestions {


    @Test
    void devQuestionsAreAnsweredWithTheRightSource() throws IOException {
        List<String[]> questions = Files.readAllLines(Path.of("src/test/resources/eval/dev-questions.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).map(l -> l.split("\t")).toList();
        int right = 0;
        for (String[] q : questions) {
            Answer answer = answers.ask(q[0]);
            String text = normalize(answer.answer() + " " + answer.value());
            boolean correct = Arrays.stream(q[1].split("\\|")).anyMatch(e -> text.contains(normalize(e)));
            boolean cited = answer.sources().stream().limit(3)
                    .anyMatch(s -> Path.of(s.file()).getFileName().toString().equals(q[2]));
            right += correct && cited ? 1 : 0;
            System.out.printf("%s %s → %s%n", correct && cited ? "OK" : "NO", q[0], answer.answer());
        }
        System.out.printf("dev-questions: %d/%d right with the right source%n", right, questions.size());
        assertThat(right).isGreaterThanOrEqualTo(16);
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "").replace(",", "");
    }
}
