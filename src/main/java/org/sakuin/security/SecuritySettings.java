package org.sakuin.security;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sakuin.security.*}.
 *
 * @param reading       {@code open} (the default: anyone may search and read) or {@code signed-in}
 * @param users         the users file (default {@code users.tsv} in the working directory)
 * @param loginFailures failed sign-ins of one user name before further attempts are refused for a while (default
 *                      5); from one client address, {@link LoginThrottle#PER_ADDRESS} times as many
 * @param lockout       how long they are refused after that many failures (default 30 s), doubled with each further
 *                      failure up to {@link LoginThrottle#LONGEST_LOCKOUT}
 */
@ConfigurationProperties("sakuin.security")
record SecuritySettings(Reading reading, Path users, Integer loginFailures, Duration lockout) {

    enum Reading {
        OPEN, SIGNED_IN
    }

    SecuritySettings {
        reading = reading == null ? Reading.OPEN : reading;
        users = users == null ? Path.of("users.tsv") : users;
        loginFailures = loginFailures == null ? 5 : loginFailures;
        lockout = lockout == null ? Duration.ofSeconds(30) : lockout;
        if (loginFailures < 1) {
            throw new IllegalArgumentException("sakuin.security.login-failures must be at least 1, not " + loginFailures);
        }
    }

    boolean readingNeedsLogin() {
        return reading == Reading.SIGNED_IN;
    }
}
