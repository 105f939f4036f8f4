package org.sakuin.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The users who can sign in, read from the users file and read again whenever it changes (its time, size or file
 * key, checked at each sign-in: a stat is cheap beside a bcrypt check). A missing file has no users; so has a file
 * with a line that is not right, which is logged naming the line, so a broken file never signs in anyone.
 */
final class SignInUsers {

    private static final Logger LOG = LoggerFactory.getLogger(SignInUsers.class);

    private record Stamp(FileTime modified, long size, Object key) {

        static final Stamp MISSING = new Stamp(null, -1, null);
    }

    private record Snapshot(Stamp stamp, Map<String, UsersFile.Entry> users) {
    }

    private final Path file;
    private volatile Snapshot snapshot;

    SignInUsers(Path file) {
        this.file = file.toAbsolutePath();
        Map<String, UsersFile.Entry> users = users();
        if (users.values().stream().noneMatch(user -> user.roles().contains(Role.ADMIN))) {
            LOG.warn("No administrator in {}: nobody can administer the archive. Add the first one with: "
                    + "java -jar sakuin.jar user add NAME --role ADMIN --users {}", this.file, this.file);
        }
    }

    /** The user of that name as Spring Security checks a password against it. */
    UserDetails user(String name) {
        UsersFile.Entry entry = users().get(name);
        if (entry == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(entry.name()).password(entry.hash())
                .roles(entry.roles().stream().map(Role::name).toArray(String[]::new)).build();
    }

    private Map<String, UsersFile.Entry> users() {
        Stamp now = stamp();
        Snapshot current = snapshot;
        if (current == null || !current.stamp().equals(now)) {
            synchronized (this) {
                current = snapshot;
                if (current == null || !current.stamp().equals(now)) {
                    current = new Snapshot(now, read(now));
                    snapshot = current;
                }
            }
        }
        return current.users();
    }

    private Map<String, UsersFile.Entry> read(Stamp stamp) {
        if (stamp.equals(Stamp.MISSING)) {
            LOG.warn("No users file at {}: nobody can sign in", file);
            return Map.of();
        }
        try {
            Map<String, UsersFile.Entry> users = UsersFile.users(file, UsersFile.lines(file));
            LOG.info("{} user(s) from {}", users.size(), file);
            return users;
        } catch (IllegalArgumentException | IOException e) {
            LOG.error("{}: nobody can sign in until the users file is put right", describe(e));
            return Map.of();
        }
    }

    private static String describe(Exception e) {
        return e instanceof IOException ? "cannot read the users file: " + e : e.getMessage();
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        } catch (NoSuchFileException e) {
            return Stamp.MISSING;
        } catch (IOException e) {
            // not missing but unreadable: reading it then fails and says why
            return new Stamp(null, -2, e.getMessage());
        }
    }
}
