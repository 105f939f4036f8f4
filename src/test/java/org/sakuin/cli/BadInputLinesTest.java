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
    void anIndexInUseByARunningServerSaysHowToAddFilesInsteadAndExitsOne() throws IOException {
        StringWriter err = new StringWriter();
        int exit;
        try (LuceneIndex server = LuceneIndex.openForWriting(folder)) {
            exit = run(err, "ingest", "--index", folder.toString(), "corpus");
        }

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("sakuin ingest: the index " + folder + " is in use by another"
                + " Sakuin (a running server?): copy the files into that server's corpus folder, which it watches, or"
                + " upload them on its 管理 page, or stop it first");
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

    @Test
    void aRangeOfYearsThatEndsBeforeItStartsExitsTwo() throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(folder)) {
            index.commit();
        }
        StringWriter err = new StringWriter();
        assertThat(run(err, "search", "--index", folder.toString(), "--fy-from", "2025", "--fy-to", "2020", "自治会"))
                .isEqualTo(2);
        assertThat(run(err, "search", "--index", folder.toString(), "--fy-from", "2020", "--fy-to", "2025", "自治会"))
                .isZero();

        assertThat(err.toString().lines()).singleElement().asString().startsWith("sakuin search: the fiscal years run from 2025");
    }

    @Test
    void aClusterThatCannotBeReachedIsNamedInOneLineAndExitsOne() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        StringWriter err = new StringWriter();
        int exit = run(err, "search", "--opensearch", "http://127.0.0.1:" + closedPort, "自治会");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1).first().asString()
                .startsWith("sakuin search: the OpenSearch cluster at [http://127.0.0.1:" + closedPort + "] is unreachable");
    }

    @Test
    void anUnknownBackendOrAnAddressThatIsNoneExitsTwo() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "search", "--backend", "solr", "自治会")).isEqualTo(2);
        assertThat(run(err, "search", "--backend", "opensearch", "自治会")).isEqualTo(2);
        assertThat(run(err, "search", "--opensearch", "ftp://example", "自治会")).isEqualTo(2);
        assertThat(run(err, "search", "--opensearch", "http://127.0.0.1:9", "--opensearch-shards", "0", "自治会"))
                .isEqualTo(2);

        assertThat(err.toString()).contains("unknown backend 'solr': embedded or opensearch")
                .contains("needs the address of at least one node")
                .contains("not an http(s) address of an OpenSearch node: ftp://example")
                .contains("primary shards are 1 to 1024, not 0").doesNotContain("\tat ");
    }

    private static int run(StringWriter err, String... args) {
        return SakuinCli.commandLine().setErr(new PrintWriter(err, true)).execute(args);
    }
}
