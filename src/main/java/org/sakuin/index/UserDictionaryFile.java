package org.sakuin.index;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ja.dict.UserDictionary;

/**
 * The plan vocabulary of {@code userdict.txt} (協働, 創生, 入込 …) as Kuromoji's user dictionary, read once. Every
 * line is checked first, because Kuromoji's own errors name neither the file nor the line, and an entry whose
 * surface the char filters would rewrite (ＧＩＧＡ, 々) is accepted by Kuromoji and silently never matches.
 *
 * @param entries the entry lines, without comments: what the index fingerprint hashes
 */
record UserDictionaryFile(List<String> entries, UserDictionary dictionary) {

    static final String NAME = "userdict.txt";

    private static final Pattern KATAKANA = Pattern.compile("[ァ-ヶー]+");
    private static final String ITERATION_MARKS = "々ゝゞヽヾ";
    /** Declared after the pattern, which reading it needs. */
    private static final UserDictionaryFile BUNDLED = read();

    static UserDictionaryFile bundled() {
        return BUNDLED;
    }

    private static UserDictionaryFile read() {
        try (InputStream in = UserDictionaryFile.class.getResourceAsStream(NAME)) {
            if (in == null) {
                throw new IllegalStateException(NAME + " missing from the classpath");
            }
            return parse(NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks every line of a dictionary named {@code name}; the first bad one fails, naming the file and line. */
    static UserDictionaryFile parse(String name, String text) {
        List<String> lines = text.lines().toList();
        Set<String> surfaces = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isEntry(line)) {
                String problem = problem(line, surfaces);
                if (problem != null) {
                    throw new IllegalStateException(name + " line " + (i + 1) + ": " + problem + " in \"" + line + "\"");
                }
            }
        }
        List<String> entries = lines.stream().filter(UserDictionaryFile::isEntry).toList();
        if (entries.isEmpty()) {
            throw new IllegalStateException(name + " has no entries");
        }
        try {
            return new UserDictionaryFile(entries, UserDictionary.open(new StringReader(text)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(name + " cannot be read by Kuromoji: " + e.getMessage(), e);
        }
    }

    private static boolean isEntry(String line) {
        return !line.isBlank() && !line.startsWith("#");
    }

    /** What is wrong with an entry line, or null. */
    private static String problem(String line, Set<String> surfaces) {
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
            return "expected 4 fields (surface,segmentation,readings,part-of-speech) but found " + fields.length;
        }
        String surface = fields[0];
        List<String> parts = Arrays.asList(fields[1].strip().split(" +"));
        List<String> readings = Arrays.asList(fields[2].strip().split(" +"));
        if (surface.isBlank() || !surface.equals(surface.strip()) || surface.contains(" ")) {
            return "the surface must be one word without spaces";
        }
        String seen = Normalizer2.getNFKCCasefoldInstance().normalize(surface);
        if (!seen.equals(surface)) {
            return "the tokenizer sees text NFKC-normalised and lower-cased: write the surface as " + seen;
        }
        if (surface.chars().anyMatch(c -> ITERATION_MARKS.indexOf(c) >= 0)) {
            return "iteration marks are written out before tokenizing: spell the surface without them";
        }
        if (!String.join("", parts).equals(surface)) {
            return "the segmentation " + fields[1] + " does not join back to the surface " + surface;
        }
        if (readings.size() != parts.size()) {
            return parts.size() + " segments but " + readings.size() + " readings";
        }
        if (!readings.stream().allMatch(r -> KATAKANA.matcher(r).matches())) {
            return "readings must be katakana";
        }
        if (fields[3].isBlank()) {
            return "no part of speech";
        }
        if (!surfaces.add(surface)) {
            return "a second entry for " + surface;
        }
        return null;
    }
}
