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
 * introduces the items (「基本目標を次のとおり定めます。」 ・…・…) or after a label naming them (【主な取組】 ①…②…),
 * the numbered headings under such a label, or else the numbered headings of the item (基本施策1-1, 1-2, 1-3) within
 * the scope asked — a numbered heading (基本目標1) or a heading's name (健康づくりの推進). Passages are read in
 * their plan's order, so a list that runs over several passages is counted whole. Fewer than two items is no
 * list; plans that disagree give no answer.
 */
final class ListCounter {

    /** A count read from a plan: how many items, which, and the passage that lists them. */
    record Count(int items, List<String> names, PassageHit passage, double confidence) {
    }

    private static final Pattern NUMBERED = Pattern.compile("^(.+?)\\s*([0-9]+)$");
    private static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[・\\-*●○■□◆◇▪▶➢〇]|[①-⑳]|[(（][0-9]{1,2}[)）]|[0-9]{1,2}[.)．]\\s)\\s*(.+)$");
    private static final int MIN_ITEMS = 2;

    private ListCounter() {
    }

    /**
     * Item and scope of a subject: 基本目標1の基本施策 → 基本施策 within 基本目標1, 健康づくりの推進の主な取組 →
     * 主な取組 within the heading named 健康づくりの推進. A scope that names no heading counts nothing.
     */
    static Optional<String[]> itemAndScope(String subject) {
        int last = subject.lastIndexOf('の');
        String item = subject.substring(last + 1).strip();
        if (item.isEmpty() || item.length() > 12) {
            return Optional.empty();
        }
        String scope = last > 0 ? subject.substring(0, last).strip() : null;
        return Optional.of(new String[] {item, scope == null || scope.isEmpty() ? null : scope});
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
            bullets(plan, item, scope).or(() -> labelledHeadings(plan, item, scope))
                    .or(() -> headings(plan, item, scope)).ifPresent(counts::add);
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
        Pattern naming = namingLine(item);
        for (List<PassageHit> section : bySection.values()) {
            List<String> lines = section.stream().flatMap(p -> p.text().lines()).toList();
            if (naming.matcher(lastSegment(section.getFirst().section())).matches()) {
                List<String> names = bulletsAfter(lines, 0);
                if (names.size() >= MIN_ITEMS) {
                    return Optional.of(new Count(names.size(), names, section.getFirst(), 0.7));
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!BULLET.matcher(lines.get(i)).matches() && (intro.matcher(lines.get(i)).find()
                        || naming.matcher(lines.get(i).strip()).matches())) {
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

    /** A line or heading that only names the items: 【主な取組】, ■主な取組, 主な取組：. */
    private static Pattern namingLine(String item) {
        return Pattern.compile("^[【\\[〔(（■□●○◆◇<＜≪]?\\s*" + Pattern.quote(item) + "\\s*[】\\]〕)）>＞≫]?\\s*[:：]?$");
    }

    private static String lastSegment(String section) {
        String[] segments = section.split(" › ");
        return segments[segments.length - 1].strip();
    }

    /** The distinct headings right under a label naming the items (【主な取組】 › ① …, ② …) in the scope. */
    private static Optional<Count> labelledHeadings(List<PassageHit> plan, String item, String scope) {
        Pattern naming = namingLine(item);
        Set<String> names = new LinkedHashSet<>();
        PassageHit first = null;
        for (PassageHit passage : plan) {
            if (scope != null && !inScope(passage.section(), scope)) {
                continue;
            }
            String[] segments = passage.section().split(" › ");
            for (int i = 0; i + 1 < segments.length; i++) {
                if (naming.matcher(segments[i].strip()).matches() && names.add(segments[i + 1].strip())) {
                    first = first == null ? passage : first;
                }
            }
        }
        return names.size() >= MIN_ITEMS
                ? Optional.of(new Count(names.size(), List.copyOf(names), first, 0.6)) : Optional.empty();
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

    /**
     * Whether a section path lies under the scope heading: one numbered so (基本目標1, not 基本目標10) or one
     * whose name it is (施策3-1 健康づくりの推進 for 健康づくりの推進).
     */
    private static boolean inScope(String section, String scope) {
        String name = scope.replaceAll("\\s", "");
        boolean numbered = NUMBERED.matcher(name).matches();
        Pattern label = Pattern.compile("^" + Pattern.quote(name) + "(?![0-9])");
        for (String segment : section.split(" › ")) {
            String heading = segment.strip().replaceAll("\\s", "");
            if (numbered ? label.matcher(heading).find() : heading.endsWith(name)) {
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
