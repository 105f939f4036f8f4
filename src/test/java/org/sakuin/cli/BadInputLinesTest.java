package org.sakuin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;

/** Bad input on the command line is reported in one line with an exit code, never as a stack trace. */
class BadInputLinesTest {

    @TempDir
    Path folder;

    @Test
    void aFolderWithoutAnIndexIsNamedAndExitsOne() {
        StringWriter err = new StringWriter();
        int exit = run(err, "search", "--index", folder.resolve("none").toString(), "自治会");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("sakuin search: no Sakuin index in").doesNotContain("\tat ");
    }

    @Test
    void aQueryOfExclusionsOnlyOrAPastedTextExitsTwo() throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(folder)) {
            index.commit();
        }
        StringWriter err = new StringWriter();
        assertThat(run(err, "search", "--index", folder.toString(), "--", "-自治会")).isEqualTo(2);
        assertThat(run(err, "search", "--index", folder.toString(), "計".repeat(1001))).isEqualTo(2);

        assertThat(err.toString().lines()).containsExactly(
                "sakuin search: a query needs at least one word that is not excluded",
                "sakuin search: a query may have at most 1000 characters, not 1001");
    }

    private static int run(StringWriter err, String... args) {
        return SakuinCli.commandLine().setErr(new PrintWriter(err, true)).execute(args);
    }
}
