package org.sakuin.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * The encoding of a plain-text file as Japanese offices write them: UTF-8, Shift_JIS in Microsoft's variant, and
 * UTF-16 without a byte-order mark (Windows' "Unicode"), which Tika's detectors take for binary or for GB18030.
 */
final class TextEncodings implements EncodingDetector {

    /** Japanese Windows writes Shift_JIS as Microsoft's variant, which adds ①, ㈱, Ⅰ, ～ and more. */
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final int SAMPLE_BYTES = 8192;
    /**
     * UTF-16 of Japanese is kana, kanji and ASCII (digits, spaces, line breaks); the same bytes read in the wrong byte
     * order, or any other encoding read as UTF-16, are scattered code points with next to no kana or ASCII.
     */
    private static final double MIN_KANA_OR_ASCII = 0.3;
    /** ASCII in UTF-16 has a zero in every other byte: English or digits-only text has little kana to go by. */
    private static final double MIN_ZERO_SHARE = 0.3;

    private final EncodingDetector detector = new DefaultEncodingDetector();

    /**
     * Tika's detectors name Microsoft's Shift_JIS "Shift_JIS", and Java's decoder of that name knows only JIS X 0208:
     * ① or ㈱ in a Windows-written file would come out as U+FFFD and swallow the next character. Windows-31J decodes
     * everything Shift_JIS does, and the Microsoft additions too.
     */
    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input != null) {
            input.mark(SAMPLE_BYTES);
            byte[] sample = input.readNBytes(SAMPLE_BYTES);
            input.reset();
            Optional<Charset> utf16 = utf16WithoutBom(sample);
            if (utf16.isPresent()) {
                return utf16.get();
            }
        }
        Charset charset = detector.detect(input, metadata);
        return charset != null && charset.name().equals("Shift_JIS") ? WINDOWS_31J : charset;
    }

    /** UTF-16LE or UTF-16BE when the bytes (the start of a file) are that without a byte-order mark. */
    static Optional<Charset> utf16WithoutBom(byte[] sample) {
        int length = sample.length & ~1;
        if (length < 2 || hasBom(sample) || isUtf8(sample)) {
            return Optional.empty();
        }
        int[] zeros = new int[2];
        for (int i = 0; i < length; i++) {
            if (sample[i] == 0) {
                zeros[i % 2]++;
            }
        }
        double half = length / 2.0;
        if (zeros[1] / half >= MIN_ZERO_SHARE && zeros[0] == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (zeros[0] / half >= MIN_ZERO_SHARE && zeros[1] == 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            if (kanaOrAsciiShare(sample, length, charset) >= MIN_KANA_OR_ASCII) {
                return Optional.of(charset);
            }
        }
        return Optional.empty();
    }

    private static boolean hasBom(byte[] b) {
        return b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE
                || b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    }

    /** Valid UTF-8, but for a sequence the sample may have cut short at its end. */
    private static boolean isUtf8(byte[] sample) {
        for (int cut = 0; cut <= 3 && cut < sample.length; cut++) {
            if (decodes(sample, sample.length - cut, StandardCharsets.UTF_8) != null) {
                return true;
            }
        }
        return false;
    }

    private static double kanaOrAsciiShare(byte[] sample, int length, Charset charset) {
        String text = decodes(sample, length, charset);
        if (text == null || text.isEmpty()) {
            return 0;
        }
        long telling = text.chars().filter(c -> c >= 0x3040 && c <= 0x30FF || c >= 0x20 && c < 0x7F
                || c == '\n' || c == '\r' || c == '\t' || c == 0x3001 || c == 0x3002).count();
        return (double) telling / text.length();
    }

    private static String decodes(byte[] bytes, int length, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
