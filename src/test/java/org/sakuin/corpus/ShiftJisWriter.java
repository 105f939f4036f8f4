package org.sakuin.corpus;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a seed as a Shift_JIS text file, the legacy encoding many municipal text files still use. */
final class ShiftJisWriter implements PlanWriter {

    /** Microsoft's Shift_JIS (MS932), which is what Japanese Windows actually writes. */
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    @Override
    public void write(String seedText, Path target) throws IOException {
        CharFallback fallback = new CharFallback(ShiftJisWriter::roundTrips);
        Files.write(target, fallback.apply(seedText).getBytes(WINDOWS_31J));
        fallback.logSubstitutions(target);
    }

    // Some characters encode but decode as a different one (WAVE DASH U+301C comes back as FULLWIDTH
    // TILDE U+FF5E), which silently changes the text, so they count as unencodable too.
    private static boolean roundTrips(int codePoint) {
        String character = Character.toString(codePoint);
        return WINDOWS_31J.newEncoder().canEncode(character)
                && new String(character.getBytes(WINDOWS_31J), WINDOWS_31J).equals(character);
    }
}
