package org.sakuin.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The users file: UTF-8 lines {@code name<TAB>bcrypt-hash<TAB>ROLE[,ROLE]}, {@code #} comments and blank lines kept
 * as they are when the file is rewritten. A line that is none of these is an error naming the file and the line.
 */
final class UsersFile {

    /** What {@code BCryptPasswordEncoder} writes: version, cost, 22 characters of salt and 31 of hash. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final int LONGEST_NAME = 64;

    /** One user, as a line of the file holds it. */
    record Entry(String name, String hash, Set<Role> roles) {

        String line() {
            return name + '\t' + hash + '\t' + roles.stream().map(Role::name).collect(Collectors.joining(","));
        }
    }

    private UsersFile() {
    }

    /** The lines of the file, none when it does not exist. */
    static List<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        // a file edited on Windows ends its lines with CR LF
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(line -> line.replace("\r", "")).toList();
    }

    /** The users of these lines by name, in their order; the first line that is not right is named in the error. */
    static Map<String, Entry> users(Path file, List<String> lines) {
        Map<String, Entry> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isComment(line)) {
                continue;
            }
            try {
                Entry entry = entry(line);
                if (users.putIfAbsent(entry.name(), entry) != null) {
                    throw new IllegalArgumentException("user '" + entry.name() + "' is there twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("users file " + file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return users;
    }

    static boolean isComment(String line) {
        return line.isBlank() || line.strip().startsWith("#");
    }

    /** The user of the line, or why it is not one. */
    static Entry entry(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("expected name, bcrypt hash and roles separated by tabs, found "
                    + fields.length + " field(s)");
        }
        if (!BCRYPT.matcher(fields[1]).matches()) {
            throw new IllegalArgumentException("the password of '" + fields[0] + "' is not a bcrypt hash");
        }
        return new Entry(checkedName(fields[0]), fields[1], roles(List.of(fields[2].split(","))));
    }

    /** A name a user signs in with, also over HTTP Basic (which cannot carry a colon). */
    static String checkedName(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a user name cannot be empty");
        }
        if (name.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("a user name has at most " + LONGEST_NAME + " characters");
        }
        if (name.startsWith("#") || name.chars().anyMatch(c -> c == ':' || Character.isWhitespace(c)
                || Character.isISOControl(c) || Character.isSpaceChar(c))) {
            throw new IllegalArgumentException("the user name '" + name.strip()
                    + "' may not start with # nor hold a colon, spaces or control characters");
        }
        return name;
    }

    /** ADMIN, READER or both, at least one. */
    static Set<Role> roles(List<String> names) {
        List<String> given = names.stream().filter(name -> !name.isBlank()).toList();
        if (given.isEmpty()) {
            throw new IllegalArgumentException("a user needs a role: "
                    + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(" or ")));
        }
        return given.stream().map(Role::named).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /**
     * Replaces the file with these lines at once: written beside it, forced to disk, then moved over it, so the
     * server never reads half a file. Readable by its owner only where the file system has POSIX permissions.
     */
    static void write(Path file, List<String> lines) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = Files.createDirectories(target.getParent());
        Path temporary = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)
                ? Files.createTempFile(folder, ".users-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, ".users-", ".tmp");
        try {
            byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
