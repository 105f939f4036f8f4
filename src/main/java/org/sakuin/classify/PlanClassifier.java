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
 * Classifies a whole plan: each section by its headings and all its text; each passage inherits its section's
 * areas unless its own text clearly says otherwise; each indicator by its name (weighted as a heading),
 * its section's headings and its description.
 */
public final class PlanClassifier {

    /** A passage's own text overrides its section's areas only with at least this score. */
    static final double OWN_TEXT_OVERRIDES = 5;

    private final AreaClassifier classifier;

    public PlanClassifier(AreaClassifier classifier) {
        this.classifier = classifier;
    }

    /** Areas by passage id and indicator id; records with no area are absent. */
    public Map<String, List<AreaMatch>> classify(List<Passage> passages, List<Indicator> indicators) {
        Map<Section, List<AreaMatch>> sections = classifySections(passages);
        Map<String, List<AreaMatch>> areas = new HashMap<>();
        for (Passage passage : passages) {
            List<AreaMatch> chosen = passageAreas(passage, sections.get(passage.section()));
            if (!chosen.isEmpty()) {
                areas.put(passage.id(), chosen);
            }
        }
        for (Indicator indicator : indicators) {
            List<String> headings = new ArrayList<>(indicator.section().headings());
            headings.add(indicator.name());
            List<AreaMatch> chosen = classifier.classify(headings, indicator.description());
            if (!chosen.isEmpty()) {
                areas.put(indicator.id(), chosen);
            }
        }
        return areas;
    }

    private Map<Section, List<AreaMatch>> classifySections(List<Passage> passages) {
        Map<Section, String> text = passages.stream().collect(Collectors.groupingBy(Passage::section,
                LinkedHashMap::new, Collectors.mapping(Passage::text, Collectors.joining("\n"))));
        Map<Section, List<AreaMatch>> sections = new HashMap<>();
        text.forEach((section, body) -> sections.put(section, classifier.classify(section.headings(), body)));
        return sections;
    }

    private List<AreaMatch> passageAreas(Passage passage, List<AreaMatch> sectionAreas) {
        List<AreaMatch> own = classifier.classify(List.of(), passage.text());
        boolean ownIsClear = !own.isEmpty() && own.getFirst().score() >= OWN_TEXT_OVERRIDES
                && sectionAreas.stream().noneMatch(m -> m.area().equals(own.getFirst().area()));
        if (ownIsClear || sectionAreas.isEmpty()) {
            return own;
        }
        return sectionAreas;
    }
}
