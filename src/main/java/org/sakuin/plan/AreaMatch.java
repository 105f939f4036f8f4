package org.sakuin.plan;

import java.util.List;

/**
 * A policy area assigned to a piece of text, with its score and the evidence that decided it,
 * e.g. ["見出し「第3節 コミュニティ活動の充実」: コミュニティ", "本文: 自治会×3"].
 */
public record AreaMatch(PolicyArea area, double score, List<String> evidence) {
}
