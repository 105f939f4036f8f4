package org.sakuin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed sign-ins lock a name or an address out for longer and longer, and a success forgets them. */
class LoginThrottleTest {

    private static final Duration LOCKOUT = Duration.ofSeconds(30);

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, LOCKOUT, clock);

    @Test
    void fiveFailuresOfANameLockItOutForTheLockoutAndEachFurtherFailureDoublesIt() {
        failTimes("admin", "10.0.0.1", 4);
        assertThat(throttle.waitFor("admin", "10.0.0.1")).isZero();

        throttle.failed("admin", "10.0.0.1");
        assertThat(throttle.waitFor("admin", "10.0.0.2")).as("the name, from any address").isEqualTo(LOCKOUT);
        assertThat(throttle.waitFor("reader", "10.0.0.2")).as("another name elsewhere").isZero();

        clock.pass(LOCKOUT);
        assertThat(throttle.waitFor("admin", "10.0.0.1")).isZero();
        throttle.failed("admin", "10.0.0.1");
        assertThat(throttle.waitFor("admin", "10.0.0.1")).isEqualTo(LOCKOUT.multipliedBy(2));
        clock.pass(LOCKOUT.multipliedBy(2));
        throttle.failed("admin", "10.0.0.1");
        assertThat(throttle.waitFor("admin", "10.0.0.1")).isEqualTo(LOCKOUT.multipliedBy(4));
    }

    @Test
    void theLockoutGrowsNoLongerThanFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("admin", null);
            clock.pass(throttle.waitFor("admin", null));
        }
        throttle.failed("admin", null);

        assertThat(throttle.waitFor("admin", null)).isEqualTo(LoginThrottle.LONGEST_LOCKOUT);
    }

    @Test
    void oneAddressMayFailFourTimesAsOftenAcrossNamesBeforeItIsLockedOut() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("guess" + i, "10.0.0.9");
        }
        assertThat(throttle.waitFor("admin", "10.0.0.9")).isZero();

        throttle.failed("guess19", "10.0.0.9");
        assertThat(throttle.waitFor("admin", "10.0.0.9")).isEqualTo(LOCKOUT);
        assertThat(throttle.waitFor("admin", "10.0.0.8")).isZero();
    }

    @Test
    void aSuccessForgetsTheFailuresOfTheNameAndTheAddress() {
        failTimes("admin", "10.0.0.1", 4);
        throttle.succeeded("admin", "10.0.0.1");
        failTimes("admin", "10.0.0.1", 4);

        assertThat(throttle.waitFor("admin", "10.0.0.1")).isZero();
    }

    @Test
    void failuresLongAgoAreForgotten() {
        failTimes("admin", "10.0.0.1", 4);
        clock.pass(LoginThrottle.LONGEST_LOCKOUT.plusSeconds(1));
        failTimes("admin", "10.0.0.1", 4);

        assertThat(throttle.waitFor("admin", "10.0.0.1")).isZero();
    }

    @Test
    void aFloodOfMadeUpNamesKeepsOnlyTheMostRecentOnes() {
        failTimes("admin", null, 5);
        for (int i = 0; i < LoginThrottle.TRACKED; i++) {
            throttle.failed("flood" + i, null);
        }

        assertThat(throttle.waitFor("admin", null)).as("the oldest entry made room").isZero();
    }

    private void failTimes(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
