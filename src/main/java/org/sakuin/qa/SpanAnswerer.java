package org.sakuin.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.index.PassageHit;

/**
 * Reads an answer out of the best passages when no record holds it: the 担当部局 next to a 事業名, the ページ
 * column of the row naming the subject, a span of the kind asked ({@link AnswerKind}: a country, a date, an
 * organisation, a person), "4段階" for a 何段階 question, 「次の3つの基本方針」 for いくつ, the towns named with
 * the subject, a compound ending in the asked noun (洋上風力 for 発電は？), or the 「quoted」 name a sentence
 * gives. Only sentences sharing most of the question's content words are read.
 */
final class SpanAnswerer {

    private static final Pattern DEPARTMENT = Pattern.compile(
            "[(（]\\s*([^()（）\\s]{1,20}?(?:部|課|室|局|センター|係|委員会))\\s*[)）]");
    /** 担当：保健福祉課, 所管課：企画課 — a department a measure names with a label rather than in brackets. */
    private static final Pattern LABELLED_DEPARTMENT = Pattern.compile(
            "(?:担当|所管)(?:部局|部署|部課|課|部)?\\s*[:：]\\s*([^\\s、。:：]{1,20}?(?:部|課|室|局|センター|係))");
    private static final Pattern DEPARTMENT_CELL = Pattern.compile("^[^\\s]{1,20}?(?:部|課|室|局|センター|係)$");
    private static final Pattern TOWN = Pattern.compile(
            "(?<![\\p{IsHan}\\p{IsKatakana}ー])[\\p{IsHan}\\p{IsKatakana}ー]{1,4}?[市町村](?![\\p{IsHan}民内外長議])");
    private static final Pattern WRITTEN_PAGE = Pattern.compile("([0-9]{1,4})(?:[~～〜-][0-9]{1,4})?ページ");
    private static final Pattern QUOTE = Pattern.compile("「([^」]{1,30})」");
    /** Counters written more than one way: 何人 is answered by 5名, 何か所 by 3箇所. */
    private static final Map<String, String> COUNTER_FORMS = Map.of("人", "人|名", "か所", "か所|ヶ所|箇所|カ所",
            "箇所", "か所|ヶ所|箇所|カ所", "ヶ所", "か所|ヶ所|箇所|カ所", "%", "%|パーセント");
    private static final Set<String> TOWN_NOUNS = Set.of("市", "町", "村", "自治体", "市町村", "都市");

    /** A span found in a passage, with the sentence it came from. */
    record Span(String answer, String value, String unit, PassageHit passage, String sentence, double confidence) {
    }

    Optional<Span> find(Question question, List<PassageHit> passages) {
        List<String> words = ContentWords.of(question.subject());
        for (PassageHit passage : passages) {
            Optional<Span> span = inPassage(question, words, passage);
            if (span.isPresent()) {
                return span;
            }
        }
        return Optional.empty();
    }

    private Optional<Span> inPassage(Question question, List<String> words, PassageHit passage) {
        return switch (question.attribute()) {
            case DEPARTMENT -> department(question, words, passage);
            case PAGE -> page(question, words, passage);
            default -> byKind(question, words, passage);
        };
    }

    /** A span of the kind asked: a recognised country, date, organisation or person; a count; a name. */
    private Optional<Span> byKind(Question question, List<String> words, PassageHit passage) {
        Optional<Recogniser> recogniser = question.kind().recogniser(question);
        if (recogniser.isPresent()) {
            return recognised(recogniser.get(), words, passage);
        }
        if (question.counter() != null) {
            return counted(question, words, passage);
        }
        if (question.kind() == AnswerKind.COUNT) {
            return stated(question, words, passage);
        }
        return question.answerNoun() != null ? byNoun(question, words, passage) : Optional.empty();
    }

    /**
     * The first span of the kind in the sentences that carry at least half of the question's words, most
     * shared first: a sentence that merely touches the subject does not answer for it.
     */
    private Optional<Span> recognised(Recogniser recogniser, List<String> words, PassageHit passage) {
        int needed = Math.max(1, (words.size() + 1) / 2);
        for (String sentence : relevant(passage, words)) {
            if (Sentences.overlap(sentence, words) < needed) {
                break;
            }
            Optional<String> found = Sentences.nearest(recogniser.in(sentence), sentence, words);
            if (found.isPresent()) {
                return Optional.of(span(found.get(), null, null, passage, sentence, words));
            }
        }
        return Optional.empty();
    }

    /** 「次の3つの基本方針」 for 「基本方針はいくつ？」: the number the text states for the items asked. */
    private Optional<Span> stated(Question question, List<String> words, PassageHit passage) {
        String[] parts = question.subject().split("の");
        String item = parts[parts.length - 1].strip();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        Pattern number = Pattern.compile("([0-9]+)\\s*(つ|本|項目|分野)の[^、。\\s]{0,4}?" + Pattern.quote(item));
        for (String sentence : relevant(passage, words)) {
            Matcher m = number.matcher(sentence);
            if (m.find()) {
                return Optional.of(span(m.group(1) + m.group(2), m.group(1), m.group(2), passage, sentence, words));
            }
        }
        return Optional.empty();
    }

    private Optional<Span> department(Question question, List<String> words, PassageHit passage) {
        for (String sentence : relevant(passage, words)) {
            int at = sentence.indexOf(question.subject());
            String after = at >= 0 ? sentence.substring(at + question.subject().length()) : sentence;
            Matcher m = DEPARTMENT.matcher(after);
            if (m.find()) {
                return Optional.of(span(m.group(1), null, null, passage, sentence, words));
            }
            for (String cell : sentence.split("\t")) {
                if (DEPARTMENT_CELL.matcher(cell.strip()).matches()) {
                    return Optional.of(span(cell.strip(), null, null, passage, sentence, words));
                }
            }
        }
        return labelled(question, words, passage);
    }

    /**
     * 「担当：保健福祉課」 anywhere in a passage of the measure asked about: the label names the department of its
     * section, so the section's heading must name the subject.
     */
    private Optional<Span> labelled(Question question, List<String> words, PassageHit passage) {
        String subject = question.subject().replaceAll("\\s", "");
        if (subject.isEmpty() || !passage.section().replaceAll("\\s", "").contains(subject)) {
            return Optional.empty();
        }
        Matcher m = LABELLED_DEPARTMENT.matcher(passage.text());
        return m.find() ? Optional.of(span(m.group(1), null, null, passage, m.group(), words)) : Optional.empty();
    }

    /** The value in the ページ column of the table row that names the subject. */
    private Optional<Span> page(Question question, List<String> words, PassageHit passage) {
        List<String> lines = List.of(passage.text().split("\\R"));
        int pageColumn = -1;
        for (String line : lines) {
            List<String> cells = List.of(line.split("\t", -1));
            int header = headerColumn(cells);
            if (header >= 0) {
                pageColumn = header;
                continue;
            }
            if (pageColumn >= 0 && Sentences.overlap(line, words) >= Math.max(1, words.size() - 1)) {
                String cell = pageColumn < cells.size() ? cells.get(pageColumn).strip() : "";
                if (cell.matches("[0-9]{1,4}")) {
                    return Optional.of(span(cell + "ページ", cell, "ページ", passage, line, words));
                }
            }
        }
        Matcher written = WRITTEN_PAGE.matcher(passage.text());
        return written.find() && relevant(passage, words).stream().anyMatch(s -> s.contains(written.group()))
                ? Optional.of(span(written.group(), written.group(1), "ページ", passage, written.group(), words))
                : Optional.empty();
    }

    private static int headerColumn(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).strip();
            if (cell.equals("ページ") || cell.equals("頁") || cell.equals("掲載ページ")) {
                return i;
            }
        }
        return -1;
    }

    /** "4段階" for 何段階, "12件" for 何件: the number written with the counter. */
    private Optional<Span> counted(Question question, List<String> words, PassageHit passage) {
        // 12,345人 whole, not its last three digits
        Pattern number = Pattern.compile("(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?\\s*("
                + COUNTER_FORMS.getOrDefault(question.counter(), Pattern.quote(question.counter())) + ")");
        for (String sentence : relevant(passage, words)) {
            Matcher m = number.matcher(sentence);
            if (m.find()) {
                String value = m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2));
                return Optional.of(span(m.group(), value, question.counter(), passage, sentence, words));
            }
        }
        return Optional.empty();
    }

    private Optional<Span> byNoun(Question question, List<String> words, PassageHit passage) {
        String noun = question.answerNoun();
        for (String sentence : relevant(passage, words)) {
            Optional<String> found = TOWN_NOUNS.contains(noun) ? towns(sentence, question.municipality())
                    : quotedOrCompound(sentence, noun);
            if (found.isPresent() && !echoes(found.get(), question)) {
                return Optional.of(span(found.get(), null, null, passage, sentence, words));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a span only repeats the question's own words: 「南野町人口」 (from 南野町人口ビジョン) for 「南野町の人口は？」
     * tells the asker nothing.
     */
    private static boolean echoes(String answer, Question question) {
        return question.text().replaceAll("[の\\s]", "").contains(answer.replaceAll("\\s", ""));
    }

    private static Optional<String> towns(String sentence, String asker) {
        Set<String> towns = new LinkedHashSet<>();
        Matcher m = TOWN.matcher(sentence);
        while (m.find()) {
            String town = m.group();
            if (!town.equals(asker) && town.length() >= 2 && !town.endsWith("都市")) {
                towns.add(town);
            }
        }
        return towns.isEmpty() ? Optional.empty() : Optional.of(String.join("、", towns));
    }

    private static Optional<String> quotedOrCompound(String sentence, String noun) {
        Matcher quote = QUOTE.matcher(sentence);
        if (quote.find() && sentence.contains(noun)) {
            return Optional.of(quote.group(1));
        }
        Matcher compound = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー]{1,8})" + Pattern.quote(noun)).matcher(sentence);
        while (compound.find()) {
            if (!compound.group(1).isEmpty()) {
                return Optional.of(compound.group(1) + noun);
            }
        }
        return Optional.empty();
    }

    /**
     * Sentences sharing words with the question, most shared first: when the passage as a whole shares at least
     * half of them, every sentence sharing one (the subject is often named in the sentence before the answer);
     * otherwise none.
     */
    private static List<String> relevant(PassageHit passage, List<String> words) {
        int needed = Math.max(1, (words.size() + 1) / 2);
        if (Sentences.overlap(passage.text(), words) < needed) {
            return List.of();
        }
        List<String> sentences = new ArrayList<>(Sentences.of(passage.text()).stream()
                .filter(s -> Sentences.overlap(s, words) >= 1).toList());
        sentences.sort(Comparator.comparingInt((String s) -> Sentences.overlap(s, words)).reversed());
        return sentences;
    }

    private static Span span(String answer, String value, String unit, PassageHit passage, String sentence,
                             List<String> words) {
        double confidence = words.isEmpty() ? 0.5 : 0.4 + 0.5 * Sentences.overlap(sentence, words) / words.size();
        return new Span(answer, value, unit, passage, sentence, confidence);
    }
}
