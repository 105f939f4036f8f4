package org.sakuin.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user may do: ADMIN administers the archive (and reads), READER reads when reading needs a login. */
enum Role {
    ADMIN, READER;

    /** {@code admin} or {@code ADMIN}; anything else is named in the error with the roles there are. */
    static Role named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + name + "': "
                    + Arrays.stream(values()).map(Role::name).collect(Collectors.joining(" or ")));
        }
    }
}
