package org.sakuin.index;

import java.io.IOException;
import java.nio.file.Path;

/** For tests elsewhere: an index written as a Sakuin with another analysis (another user dictionary) wrote it. */
public final class OlderAnalysis {

    private OlderAnalysis() {
    }

    public static LuceneIndex openForWriting(Path folder) throws IOException {
        return LuceneIndex.openForWriting(folder, SearchProfile.SAKUIN, "1-000000000000");
    }
}
