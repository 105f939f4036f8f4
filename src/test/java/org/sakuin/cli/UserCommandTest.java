package org.sakuin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** {@code user add|list|remove}: the users file the server signs people in with. */
class UserCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void addWithThePasswordOnStandardInputWritesAHashThatMatchesItAndListShowsNamesAndRolesOnly() throws Exception {
        Path users = folder.resolve("users.tsv");

        assertThat(run("管理者パスワード\n", "user", "add", "kanri", "--role", "ADMIN", "--users", users.toString(),
                "--password-stdin")).isZero();
        assertThat(run("", "user", "add", "yomu", "--role", "reader,admin", "--users", users.toString(),
                "--password-stdin")).as("no password on stdin").isEqualTo(2);
        assertThat(run("pw\n", "user", "add", "yomu", "--role", "reader", "--users", users.toString(),
                "--password-stdin")).isZero();

        String hash = Files.readAllLines(users).getFirst().split("\t")[1];
        assertThat(new BCryptPasswordEncoder().matches("管理者パスワード", hash)).isTrue();
        assertThat(out.toString()).contains("added user 'kanri' (ADMIN) in " + users.toAbsolutePath());

        assertThat(run("", "user", "list", "--users", users.toString())).isZero();
        assertThat(out.toString()).contains("kanri\tADMIN\n", "yomu\tREADER\n").doesNotContain(hash);

        assertThat(run("", "user", "remove", "yomu", "--users", users.toString())).isZero();
        assertThat(run("", "user", "remove", "yomu", "--users", users.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("sakuin user remove: no user 'yomu' in ");
    }

    @Test
    void anEmptyPasswordOrAnUnknownRoleIsOneLineAndExitCodeTwo() {
        Path users = folder.resolve("users.tsv");

        assertThat(run("\n", "user", "add", "kanri", "--role", "ADMIN", "--users", users.toString(),
                "--password-stdin")).isEqualTo(2);
        assertThat(run("pw\n", "user", "add", "kanri", "--role", "OWNER", "--users", users.toString(),
                "--password-stdin")).isEqualTo(2);

        assertThat(err.toString().lines()).containsExactly("sakuin user add: the password cannot be empty",
                "sakuin user add: unknown role 'OWNER': ADMIN or READER");
        assertThat(users).doesNotExist();
    }

    @Test
    void aBrokenUsersFileIsNamedWithItsLine() throws Exception {
        Path users = folder.resolve("users.tsv");
        Files.writeString(users, "kanri\tplain-password\tADMIN\n");

        assertThat(run("", "user", "list", "--users", users.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("sakuin user list: users file " + users
                + " line 1: the password of 'kanri' is not a bcrypt hash\n");
    }

    private int run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return SakuinCli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                    .execute(args);
        } finally {
            System.setIn(before);
        }
    }
}
