package org.sakuin.security;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users file as the {@code user} command and tests change it. The server reads the file again when it changes,
 * so a user added here can sign in at once.
 */
public final class UserAccounts {

    private UserAccounts() {
    }

    /**
     * Adds a user, or replaces the user of that name, with a bcrypt hash of the password (whose characters are
     * cleared afterwards).
     *
     * @param roles {@code ADMIN} and/or {@code READER}, in any case
     * @throws IllegalArgumentException for an empty password, a name that cannot sign in or an unknown role (the
     *                                  message says which), or a users file with a line that is not right
     */
    public static void add(Path usersFile, String name, char[] password, Set<String> roles) throws IOException {
        if (CharBuffer.wrap(password).chars().allMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the password cannot be empty");
        }
        UsersFile.Entry entry = new UsersFile.Entry(UsersFile.checkedName(name), hash(password),
                UsersFile.roles(List.copyOf(roles)));
        List<String> lines = new ArrayList<>(checkedLines(usersFile));
        int at = lineOf(lines, name);
        if (at < 0) {
            lines.add(entry.line());
        } else {
            lines.set(at, entry.line());
        }
        UsersFile.write(usersFile, lines);
    }

    /** Removes the user of that name; false when there is none. */
    public static boolean remove(Path usersFile, String name) throws IOException {
        List<String> lines = new ArrayList<>(checkedLines(usersFile));
        int at = lineOf(lines, name);
        if (at < 0) {
            return false;
        }
        lines.remove(at);
        UsersFile.write(usersFile, lines);
        return true;
    }

    /** The users' names, sorted, with their roles; never their hashes. */
    public static Map<String, Set<String>> list(Path usersFile) throws IOException {
        return UsersFile.users(usersFile, UsersFile.lines(usersFile)).values().stream().collect(Collectors.toMap(
                UsersFile.Entry::name, entry -> entry.roles().stream().map(Role::name)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                (a, b) -> a, TreeMap::new));
    }

    private static List<String> checkedLines(Path usersFile) throws IOException {
        List<String> lines = UsersFile.lines(usersFile);
        UsersFile.users(usersFile, lines);
        return lines;
    }

    private static int lineOf(List<String> lines, String name) {
        for (int i = 0; i < lines.size(); i++) {
            if (!UsersFile.isComment(lines.get(i)) && UsersFile.entry(lines.get(i)).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String hash(char[] password) {
        CharBuffer chars = CharBuffer.wrap(password);
        try {
            return new BCryptPasswordEncoder().encode(chars);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
