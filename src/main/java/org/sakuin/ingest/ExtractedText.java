package org.sakuin.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.sakuin.structure.TextBlock;

/**
 * Whether what came out of a file is a document's text: a file named as a binary format must be one, and its text
 * must be text rather than bytes decoded as characters. Otherwise the file fails with the reason, instead of
 * becoming a one-passage document of garbage.
 */
final class ExtractedText {

    /**
     * Above this share of unreadable characters (see {@link BlockCollector#unreadableShare()}) the "text" is
     * binary data decoded as text, e.g. a random file named .txt that Tika reads as UTF-16 (15–30 % unreadable,
     * where real plans have next to none; symbol-font bullets stay far below).
     */
    private static final double MAX_UNREADABLE_SHARE = 0.10;
    /**
     * Below this share of letters and digits of Japanese or ASCII among the characters that are not spaces, the text
     * is bytes decoded in an encoding they are not in ("Ã¥Â¸"); a plan in Japanese has over 80 %.
     */
    private static final double MIN_READABLE_SHARE = 0.5;
    /** The binary formats a name promises, which a file's bytes must then show. */
    private static final Map<String, String> NAMED_FORMATS = Map.ofEntries(Map.entry("pdf", "PDF"),
            Map.entry("docx", "DOCX"), Map.entry("xlsx", "XLSX"), Map.entry("pptx", "PPTX"), Map.entry("doc", "DOC"),
            Map.entry("xls", "XLS"), Map.entry("ppt", "PPT"), Map.entry("odt", "ODT"), Map.entry("ods", "ODS"),
            Map.entry("odp", "ODP"));
    /** The types, by their start, that a file named as a document may be detected as. */
    private static final List<String> DOCUMENT_CONTAINERS = List.of("application/pdf", "application/zip",
            "application/x-tika-", "application/vnd.", "application/msword", "application/rtf", "text/html",
            "application/xhtml", "application/xml", "text/xml");

    private ExtractedText() {
    }

    /**
     * Refuses a file whose name says PDF, DOCX … but whose bytes are none of the containers such documents come in:
     * plain text, nothing Tika knows, an image. A .xls that is HTML or a .doc that is RTF or DOCX is read as what it is.
     */
    static void checkNamedType(Path file, MediaType detected) throws IngestException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String format = dot < 0 ? null : NAMED_FORMATS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        String type = detected.getBaseType().toString();
        if (format != null && DOCUMENT_CONTAINERS.stream().noneMatch(type::startsWith)) {
            throw new IngestException("not a document Sakuin can read: named ." + name.substring(dot + 1)
                    + " but its bytes are not " + format + " (detected as " + type + ")");
        }
    }

    static void check(List<TextBlock> blocks, String contentType, double unreadableShare) throws IngestException {
        if (blocks.isEmpty()) {
            throw new IngestException(contentType == null || contentType.startsWith("application/octet-stream")
                    ? "not a document Sakuin can read (detected as " + contentType + ")"
                    : "no text found in " + contentType + (mayBeScanned(contentType)
                    ? " (a scanned image? OCR is not enabled)" : ""));
        }
        if (unreadableShare > MAX_UNREADABLE_SHARE) {
            throw new IngestException("not a document Sakuin can read: " + (contentType.startsWith("application/pdf")
                    ? "its text is undecodable (fonts without a Unicode mapping?)" : "binary data, not text")
                    + " (detected as " + contentType + ")");
        }
        if (readableShare(blocks) < MIN_READABLE_SHARE) {
            throw new IngestException("not a document Sakuin can read: no readable text (detected as "
                    + contentType + ")");
        }
    }

    static String tooMuchText(int limit) {
        return "too much text: over " + limit + " characters (split the file)";
    }

    private static boolean mayBeScanned(String contentType) {
        return contentType.startsWith("application/pdf") || contentType.startsWith("image/");
    }

    private static double readableShare(List<TextBlock> blocks) {
        long readable = 0;
        long all = 0;
        for (TextBlock block : blocks) {
            String text = block.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    all++;
                    readable += isReadable(c) ? 1 : 0;
                }
            }
        }
        return all == 0 ? 1 : (double) readable / all;
    }

    /** Letters and digits of ASCII and Japanese, and the punctuation Japanese text is written with. */
    private static boolean isReadable(char c) {
        if (c < 0x80) {
            return Character.isLetterOrDigit(c) || ".,:;()-/%'\"!?".indexOf(c) >= 0;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || block == Character.UnicodeBlock.HANGUL_SYLLABLES
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
