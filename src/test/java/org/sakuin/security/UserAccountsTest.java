package org.sakuin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The users file as the CLI writes it: bcrypt hashes, one line a user, comments kept, mistakes named. */
class UserAccountsTest {

    @TempDir
    Path folder;

    @Test
    void anAddedUserHasABcryptHashOfThePasswordAndTheRolesAndOnlyTheOwnerMayReadTheFile() throws IOException {
        Path file = folder.resolve("users.tsv");
        UserAccounts.add(file, "kanri", "秘密のパスワード".toCharArray(), Set.of("admin"));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        String[] fields = lines.getFirst().split("\t");
        assertThat(fields[0]).isEqualTo("kanri");
        assertThat(new BCryptPasswordEncoder().matches("秘密のパスワード", fields[1])).isTrue();
        assertThat(fields[2]).isEqualTo("ADMIN");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(UserAccounts.list(file)).isEqualTo(Map.of("kanri", Set.of("ADMIN")));
    }

    @Test
    void addingANameAgainReplacesItsLineAndKeepsTheOthersAndTheComments() throws IOException {
        Path file = folder.resolve("users.tsv");
        UserAccounts.add(file, "kanri", "first".toCharArray(), Set.of("ADMIN"));
        UserAccounts.add(file, "yomu", "reader".toCharArray(), Set.of("READER"));
        Files.writeString(file, "# 職員\n" + Files.readString(file));

        UserAccounts.add(file, "kanri", "second".toCharArray(), Set.of("ADMIN", "READER"));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3).first().isEqualTo("# 職員");
        assertThat(lines.get(1)).startsWith("kanri\t").endsWith("\tADMIN,READER");
        assertThat(new BCryptPasswordEncoder().matches("second", lines.get(1).split("\t")[1])).isTrue();
        assertThat(lines.get(2)).startsWith("yomu\t");
    }

    @Test
    void aRemovedUserIsGoneAndRemovingAnUnknownOneSaysSo() throws IOException {
        Path file = folder.resolve("users.tsv");
        UserAccounts.add(file, "kanri", "pw".toCharArray(), Set.of("ADMIN"));
        UserAccounts.add(file, "yomu", "pw".toCharArray(), Set.of("READER"));

        assertThat(UserAccounts.remove(file, "kanri")).isTrue();
        assertThat(UserAccounts.remove(file, "kanri")).isFalse();
        assertThat(UserAccounts.list(file)).containsOnlyKeys("yomu");
    }

    @Test
    void anEmptyPasswordAnUnknownRoleOrANameThatCannotSignInAreRefusedAndNothingIsWritten() {
        Path file = folder.resolve("users.tsv");

        assertThatThrownBy(() -> UserAccounts.add(file, "kanri", "  ".toCharArray(), Set.of("ADMIN")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the password cannot be empty");
        assertThatThrownBy(() -> UserAccounts.add(file, "kanri", "pw".toCharArray(), Set.of("OWNER")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown role 'OWNER': ADMIN or READER");
        assertThatThrownBy(() -> UserAccounts.add(file, "kanri", "pw".toCharArray(), Set.of()))
                .hasMessage("a user needs a role: ADMIN or READER");
        assertThatThrownBy(() -> UserAccounts.add(file, "a:b", "pw".toCharArray(), Set.of("ADMIN")))
                .hasMessageContaining("may not start with # nor hold a colon");
        assertThatThrownBy(() -> UserAccounts.add(file, "", "pw".toCharArray(), Set.of("ADMIN")))
                .hasMessage("a user name cannot be empty");
        assertThat(file).doesNotExist();
    }

    @Test
    void aLineThatIsNotAUserIsNamedWithTheFileAndItsNumber() throws IOException {
        Path file = folder.resolve("users.tsv");
        Files.writeString(file, "# comment\n\nkanri\tnot-a-hash\tADMIN\n");

        assertThatThrownBy(() -> UserAccounts.list(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("users file " + file + " line 3: the password of 'kanri' is not a bcrypt hash");

        Files.writeString(file, "kanri ADMIN\n");
        assertThatThrownBy(() -> UserAccounts.add(file, "yomu", "pw".toCharArray(), Set.of("READER")))
                .hasMessage("users file " + file
                        + " line 1: expected name, bcrypt hash and roles separated by tabs, found 1 field(s)");
    }

    @Test
    void aNameTwiceOrAnUnknownRoleInTheFileIsNamed() throws IOException {
        Path file = folder.resolve("users.tsv");
        UserAccounts.add(file, "kanri", "pw".toCharArray(), Set.of("ADMIN"));
        String line = Files.readAllLines(file).getFirst();

        Files.writeString(file, line + "\n" + line + "\n");
        assertThatThrownBy(() -> UserAccounts.list(file)).hasMessageEndingWith("line 2: user 'kanri' is there twice");

        Files.writeString(file, line.replace("ADMIN", "ROOT") + "\n");
        assertThatThrownBy(() -> UserAccounts.list(file))
                .hasMessageEndingWith("line 1: unknown role 'ROOT': ADMIN or READER");
    }
}
