package org.sakuin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;

/** The administrator of the tests' servers: a users file that has them, and their HTTP Basic credentials. */
public final class TestAdministrator {

    public static final String NAME = "kanri";
    public static final String PASSWORD = "正しい馬の電池";

    private TestAdministrator() {
    }

    /** {@code users.tsv} in the folder, with this administrator: the value of {@code sakuin.security.users}. */
    public static Path usersFile(Path folder) throws IOException {
        Path users = Files.createDirectories(folder).resolve("users.tsv");
        UserAccounts.add(users, NAME, PASSWORD.toCharArray(), Set.of("ADMIN"));
        return users;
    }

    /** The value of an {@code Authorization} header that signs in as this administrator. */
    public static String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((NAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
