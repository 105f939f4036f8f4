package org.sakuin.structure;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a line is a heading, and of which kind. Ranked kinds (第1章, 基本目標5 …) are trusted on
 * their opening words; numbered kinds (1, (1), ①) must also be short and not read as a sentence.
 * Markdown headings and headings the source marked (HTML h1–h6, Word heading styles) count too.
 */
final class HeadingDetector {

    private static final int MAX_RANKED_LENGTH = 60;
    private static final int MAX_NUMBERED_LENGTH = 40;
    private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})\\s+(\\S.*)$");
    private static final Pattern DECORATION = Pattern.compile("^[□*]+|[□*:：]+$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。．、,]$|(?:ます|です|ました|ません)$");
    /** A second outline number inside the line: a row of a 施策体系 diagram or a one-line list, not a heading. */
    private static final Pattern SECOND_OUTLINE_NUMBER = Pattern.compile(
            ".\\s第[0-9一二三四五六七八九十]+[章節項]|.\\s[(（][0-9]{1,2}[)）]\\S");

    record Heading(HeadingKind kind, int level, String text) {
    }

    Optional<Heading> detect(TextBlock block) {
        if (block.isTableRow()) {
            return Optional.empty();
        }
        String line = block.text().strip();
        var markdown = MARKDOWN.matcher(line);
        if (markdown.matches()) {
            return Optional.of(new Heading(HeadingKind.MARKED, markdown.group(1).length(), clean(markdown.group(2))));
        }
        String text = clean(line);
        Optional<HeadingKind> kind = kindOf(text).filter(k -> plausible(k, text));
        if (block.isMarkedHeading() && text.length() <= MAX_RANKED_LENGTH) {
            return Optional.of(new Heading(kind.orElse(HeadingKind.MARKED), block.headingLevel(), text));
        }
        return kind.map(k -> new Heading(k, 0, text));
    }

    private static boolean plausible(HeadingKind kind, String text) {
        if (SECOND_OUTLINE_NUMBER.matcher(text).find()) {
            return false;
        }
        return kind.isRanked() ? text.length() <= MAX_RANKED_LENGTH
                : text.length() <= MAX_NUMBERED_LENGTH && !SENTENCE_END.matcher(text).find();
    }

    private static Optional<HeadingKind> kindOf(String line) {
        for (HeadingKind kind : HeadingKind.values()) {
            if (kind.matches(line)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Drops decoration plans put around headings: □第1章 …□, **bold**, trailing colons. */
    private static String clean(String heading) {
        return DECORATION.matcher(heading.replace("**", "")).replaceAll("").strip();
    }
}
