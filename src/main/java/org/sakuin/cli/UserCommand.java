package org.sakuin.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sakuin.security.UserAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "user", description = {
        "Manage who can sign in: the users file (name, bcrypt hash of the password, roles) that the server",
        "reads again whenever it changes. ADMIN administers the archive; READER may read when",
        "sakuin.security.reading=signed-in."},
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Remove.class})
final class UserCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code user} alone: which of add, list and remove. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The users file option of every user command. */
    static final class UsersFileOption {

        @Option(names = "--users", paramLabel = "FILE", defaultValue = "users.tsv",
                description = "The users file (default: ${DEFAULT-VALUE}, as the server's sakuin.security.users).")
        Path file;
    }

    @Command(name = "add", description = {
            "Add a user, or replace the user of that name. The password is asked for twice on the terminal,",
            "or read from the first line of standard input with --password-stdin."})
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        UsersFileOption users;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "ADMIN and/or READER (comma-separated or repeated).")
        List<String> roles;

        @Option(names = "--password-stdin", description = "Read the password from standard input.")
        boolean passwordStdin;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            char[] password = passwordStdin ? firstLineOfStdin() : typedTwice();
            boolean replaced = UserAccounts.list(users.file).containsKey(name);
            UserAccounts.add(users.file, name, password, new LinkedHashSet<>(roles));
            spec.commandLine().getOut().printf("%s user '%s' (%s) in %s%n", replaced ? "replaced" : "added", name,
                    String.join(",", UserAccounts.list(users.file).get(name)), users.file.toAbsolutePath());
            return 0;
        }

        private static char[] firstLineOfStdin() throws IOException {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("no password on standard input");
            }
            return line.toCharArray();
        }

        private char[] typedTwice() {
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException(
                        "no terminal to ask for the password: give it on standard input with --password-stdin");
            }
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("The same password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }

    @Command(name = "list", description = "The users' names and roles (never their password hashes).")
    static final class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        UsersFileOption users;

        @Override
        public Integer call() throws IOException {
            Map<String, Set<String>> all = UserAccounts.list(users.file);
            if (all.isEmpty()) {
                spec.commandLine().getOut().printf("no users in %s%n", users.file.toAbsolutePath());
            }
            all.forEach((user, roles) -> spec.commandLine().getOut().printf("%s\t%s%n", user, String.join(",", roles)));
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a user: that name can no longer sign in.")
    static final class Remove implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        UsersFileOption users;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            if (!UserAccounts.remove(users.file, name)) {
                spec.commandLine().getErr().printf("%s: no user '%s' in %s%n", spec.qualifiedName(), name,
                        users.file.toAbsolutePath());
                return 1;
            }
            spec.commandLine().getOut().printf("removed user '%s' from %s%n", name, users.file.toAbsolutePath());
            return 0;
        }
    }
}
