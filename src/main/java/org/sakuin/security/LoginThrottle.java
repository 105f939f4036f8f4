package org.sakuin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Counts failed sign-ins per user name and per client address. After {@code allowed} failures of a name, or
 * {@link #PER_ADDRESS} times as many from one address (an office behind one address has many people mistyping),
 * further attempts are refused for {@code lockout}, twice as long after each further failure, up to
 * {@link #LONGEST_LOCKOUT}; a success forgets both counts. In memory, for at most {@link #TRACKED} names and
 * addresses (the least recently seen go first), so a flood of made-up names cannot fill the heap.
 */
final class LoginThrottle {

    static final Duration LONGEST_LOCKOUT = Duration.ofMinutes(15);
    static final int TRACKED = 10_000;
    static final int PER_ADDRESS = 4;
    private static final String NAME = "name:";
    private static final String ADDRESS = "address:";

    /** Failures of one name or address; forgotten a longest lock-out after the last lock-out ends. */
    private record Failures(int count, Instant lockedUntil) {

        boolean stale(Instant now) {
            return now.isAfter(lockedUntil.plus(LONGEST_LOCKOUT));
        }
    }

    private final int allowed;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > TRACKED;
        }
    };

    LoginThrottle(int allowed, Duration lockout, Clock clock) {
        this.allowed = allowed;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long attempts of this name or from this address (null when unknown) are still refused; zero if not. */
    synchronized Duration waitFor(String name, String address) {
        Instant now = clock.instant();
        Instant until = keys(name, address).map(failures::get).filter(f -> f != null && !f.stale(now))
                .map(Failures::lockedUntil).max(Instant::compareTo).orElse(now);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    synchronized void failed(String name, String address) {
        Instant now = clock.instant();
        keys(name, address).forEach(key -> {
            Failures before = failures.get(key);
            int count = before == null || before.stale(now) ? 1 : before.count() + 1;
            int limit = key.startsWith(ADDRESS) ? allowed * PER_ADDRESS : allowed;
            failures.put(key, new Failures(count, count < limit ? now : now.plus(lockoutAfter(count - limit))));
        });
    }

    synchronized void succeeded(String name, String address) {
        keys(name, address).forEach(failures::remove);
    }

    /** The lock-out after this many failures past the limit (0 for the failure that reached it). */
    private Duration lockoutAfter(int past) {
        // doubling past 2^20 would only overflow on the way to the same cap
        Duration grown = lockout.multipliedBy(1L << Math.min(past, 20));
        return grown.compareTo(LONGEST_LOCKOUT) > 0 ? LONGEST_LOCKOUT : grown;
    }

    private static Stream<String> keys(String name, String address) {
        return address == null ? Stream.of(NAME + name) : Stream.of(NAME + name, ADDRESS + address);
    }
}
