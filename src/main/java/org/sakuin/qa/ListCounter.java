package org.sakuin.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sakuin.index.PassageHit;

/**
 * Answers 「基本目標1の基本施策はいくつ？」 by counting what the plan lists: the bullets after a sentence that
 * introduces the items (「基本目標を次のとおり定めます。」 ・…・…), or else the numbered headings of the item
 * (基本施策1-1, 1-2, 1-3) within the scope asked (基本目標1). Passages are read in their plan's order, so a list
 * that runs over several passages is counted whole. Fewer than two items is no list; plans that disagree give
 * no answer.
 */
final class ListCounter {

    /** A count read from a plan: how many items, which, and the passage that lists them. */
    record Count(int items, List<String> names, PassageHit passage, double confidence) {
    }

    private static final Pattern LABEL = Pattern.compile("^(.+?)\\s*([0-9]+)$");
    private static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[・\\-*●○■□◆◇▪▶➢〇]|[①-⑳]|[(（][0-9]{1,2}[)）]|[0-9]{1,2}[.)．]\\s)\\s*(.+)$");
    private static final int MIN_ITEMS = 2;

    private ListCounter() {
    }

    /** Item and scope of a subject like 基本目標1の基本施策; empty when it has other words (子育ての施策). */
    static Optional<String[]> itemAndScope(String subject) {
        String[] parts = subject.split("の");
        String item = parts[parts.length - 1].strip();
        if (item.isEmpty() || item.length() > 12 || parts.length > 2) {
            return Optional.empty();
        }
        if (parts.length == 2 && !LABEL.matcher(parts[0].strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {item, parts.length == 2 ? parts[0].strip() : null});
    }

    /** The count of the items in the passages of one or more plans; empty unless exactly one count is read. */
    static Optional<Count> count(String subject, List<PassageHit> passages) {
        Optional<String[]> parsed = itemAndScope(subject);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String item = parsed.get()[0];
        String scope = parsed.get()[1];
        Map<String, List<PassageHit>> byPlan = passages.stream()
                .sorted(Comparator.comparingInt(ListCounter::order))
                .collect(Collectors.groupingBy(PassageHit::documentId, LinkedHashMap::new, Collectors.toList()));
        List<Count> counts = new ArrayList<>();
        for (List<PassageHit> plan : byPlan.values()) {
            bullets(plan, item, scope).or(() -> headings(plan, item, scope)).ifPresent(counts::add);
        }
        Set<Integer> distinct = counts.stream().map(Count::items).collect(Collectors.toSet());
        return distinct.size() == 1 ? Optional.of(counts.getFirst()) : Optional.empty();
    }

    /** The bullets after a line that introduces the items, over the passages of its section in order. */
    private static Optional<Count> bullets(List<PassageHit> plan, String item, String scope) {
        Pattern intro = Pattern.compile("(?:次の|以下の)(?:[0-9]+つの)?" + Pattern.quote(item)
                + "|" + Pattern.quote(item) + "(?:を|は)、?(?:次の|以下の)");
        Map<String, List<PassageHit>> bySection = plan.stream()
                .filter(p -> scope == null || inScope(p.section(), scope))
                .collect(Collectors.groupingBy(PassageHit::section, LinkedHashMap::new, Collectors.toList()));
        for (List<PassageHit> section : bySection.values()) {
            List<String> lines = section.stream().flatMap(p -> p.text().lines()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (!BULLET.matcher(lines.get(i)).matches() && intro.matcher(lines.get(i)).find()) {
                    List<String> names = bulletsAfter(lines, i + 1);
                    if (names.size() >= MIN_ITEMS) {
                        return Optional.of(new Count(names.size(), names, section.getFirst(), 0.7));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> bulletsAfter(List<String> lines, int from) {
        List<String> names = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Matcher bullet = BULLET.matcher(lines.get(i));
            if (bullet.matches()) {
                names.add(bullet.group(1).strip());
            } else if (!lines.get(i).isBlank()) {
                break;
            }
        }
        return names;
    }

    /** The distinct numbered headings of the item (基本施策1-1 …) in the scope's sections. */
    private static Optional<Count> headings(List<PassageHit> plan, String item, String scope) {
        Pattern heading = Pattern.compile("^" + Pattern.quote(item) + "\\s*[0-9]+(?:[-－‐の・][0-9]+)*(?![0-9])");
        Set<String> numbers = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        PassageHit first = null;
        for (PassageHit passage : plan) {
            if (scope != null && !inScope(passage.section(), scope)) {
                continue;
            }
            for (String segment : passage.section().split(" › ")) {
                Matcher m = heading.matcher(segment.strip());
                if (m.find() && numbers.add(m.group().replaceAll("\\s", ""))) {
                    names.add(segment.strip());
                    first = first == null ? passage : first;
                }
            }
        }
        return numbers.size() >= MIN_ITEMS ? Optional.of(new Count(numbers.size(), names, first, 0.6)) : Optional.empty();
    }

    /** Whether a section path lies under the scope heading, e.g. 基本目標1 (not 基本目標10). */
    private static boolean inScope(String section, String scope) {
        Pattern label = Pattern.compile("^" + Pattern.quote(scope.replaceAll("\\s", "")) + "(?![0-9])");
        for (String segment : section.split(" › ")) {
            if (label.matcher(segment.strip().replaceAll("\\s", "")).find()) {
                return true;
            }
        }
        return false;
    }

    private static int order(PassageHit passage) {
        String id = passage.passageId();
        int hash = id.lastIndexOf('#');
        return hash >= 0 && id.substring(hash + 1).matches("[0-9]+") ? Integer.parseInt(id.substring(hash + 1)) : 0;
    }
}
