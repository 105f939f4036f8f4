package org.sakuin.admin;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name an uploaded file is stored under: its own name without any folder a browser or client put before it,
 * without control or invisible formatting characters, characters Windows forbids, leading dots (a hidden file is
 * not ingested) or a name that means something in the uploads folder, and short enough for any file system.
 */
final class UploadNames {

    /** The formats administrators upload; ingest reads these (and the page offers only these). */
    static final List<String> ACCEPTED = List.of(".pdf", ".docx", ".xlsx", ".html", ".htm", ".txt", ".md");
    /** 255 bytes is the limit of ext4 and most others; a Japanese character takes 3 in UTF-8. */
    private static final int MAX_BYTES = 240;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");

    private UploadNames() {
    }

    /** @throws IllegalArgumentException when nothing usable is left, or the format is not one ingest takes */
    static String safe(String original) {
        if (original == null) {
            throw new IllegalArgumentException("the uploaded file has no name");
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = RESERVED.matcher(UNSAFE.matcher(name).replaceAll("")).replaceAll("_").strip();
        name = name.replaceAll("\\.{2,}", ".").replaceFirst("^[.\\s]+", "").replaceFirst("[.\\s]+$", "");
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || lower.equals(UploadManifest.FILE_NAME) || lower.startsWith("readme.")
                || name.startsWith("~$")) {
            throw new IllegalArgumentException("「" + original + "」 cannot be stored: name it after the plan it is");
        }
        if (ACCEPTED.stream().noneMatch(lower::endsWith)) {
            throw new IllegalArgumentException("「" + name + "」 is not a format Sakuin takes: "
                    + String.join(" ", ACCEPTED));
        }
        return shortened(name);
    }

    /** Cut before the extension, by whole code points, to at most {@link #MAX_BYTES} bytes. */
    private static String shortened(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = name.substring(dot);
        StringBuilder stem = new StringBuilder();
        int budget = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        for (int cp : name.substring(0, dot).codePoints().toArray()) {
            String next = Character.toString(cp);
            budget -= next.getBytes(StandardCharsets.UTF_8).length;
            if (budget < 0) {
                break;
            }
            stem.append(next);
        }
        return stem.toString().strip() + extension;
    }
}
