package org.sakuin.classify;

import org.sakuin.plan.AreaMatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.Passage;
import org.sakuin.plan.Section;

/**
 * Classifies a whole plan. A passage is scored on its own text and its section's headings (a heading term
 * counts more than a body term), plus a fraction of the rest of its section's text: so it inherits its
 * section's areas unless its own text points elsewhere. An indicator is scored on its name (weighted as a
 * heading), its section's headings and its description.
 */
public final class PlanClassifier {

    /** The share of the section's other text that counts towards a passage's areas. */
    static final double SECTION_TEXT_SHARE = 0.25;

    private final AreaClassifier classifier;

    public PlanClassifier(AreaClassifier classifier) {
        this.classifier = classifier;
    }

    /** Areas by passage id and indicator id; records with no area are absent. */
    public Map<String, List<AreaMatch>> classify(List<Passage> passages, List<Indicator> indicators) {
        Map<Section, String> sectionText = passages.stream().collect(Collectors.groupingBy(Passage::section,
                LinkedHashMap::new, Collectors.mapping(Passage::text, Collectors.joining("\n"))));
        Map<Section, Map<String, Integer>> sectionTerms = new HashMap<>();
        Map<String, List<AreaMatch>> areas = new HashMap<>();
        for (Passage passage : passages) {
            Map<String, Integer> rest = passage.section().headings().isEmpty() ? Map.of()
                    : sectionTerms.computeIfAbsent(passage.section(), s -> classifier.termsOf(sectionText.get(s)));
            put(areas, passage.id(), classifier.classify(passage.section().headings(), passage.text(), rest,
                    SECTION_TEXT_SHARE));
        }
        for (Indicator indicator : indicators) {
            List<String> headings = new ArrayList<>(indicator.section().headings());
            headings.add(indicator.name());
            put(areas, indicator.id(), classifier.classify(headings, indicator.description()));
        }
        return areas;
    }

    private static void put(Map<String, List<AreaMatch>> areas, String id, List<AreaMatch> chosen) {
        if (!chosen.isEmpty()) {
            areas.put(id, chosen);
        }
    }
}
