package org.sakuin.security;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a password only while the {@link LoginThrottle} allows the name and address, and logs each sign-in that
 * fails or is refused, and each that a person made on the login page, in the log and in the {@link SignInAudit}.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledSignIn.class);

    /** Refused before the password was looked at: too many failures of this name or from this address. */
    static final class ThrottledException extends AuthenticationException {

        ThrottledException(Duration wait) {
            super("too many failed sign-ins: wait " + wait.toSeconds() + " s");
        }
    }

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SignInAudit audit;

    ThrottledSignIn(AuthenticationProvider passwords, LoginThrottle throttle, SignInAudit audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = printable(attempt.getName());
        SignInDetails details = attempt.getDetails() instanceof SignInDetails d ? d : new SignInDetails(null, false);
        Duration wait = throttle.waitFor(attempt.getName(), details.address());
        if (!wait.isZero()) {
            LOG.warn("Sign-in of '{}' from {} refused for {} s more: too many failures", name, details.address(),
                    wait.toSeconds() + 1);
            audit.signIn(name, details.address(), "拒否: 失敗が続いたため " + (wait.toSeconds() + 1) + " 秒待ち");
            throw new ThrottledException(wait);
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.succeeded(attempt.getName(), details.address());
            if (details.interactive()) {
                LOG.info("Signed in: '{}' from {}", name, details.address());
                audit.signIn(name, details.address(), "成功");
            }
            return done;
        } catch (AuthenticationException e) {
            throttle.failed(attempt.getName(), details.address());
            LOG.warn("Sign-in of '{}' from {} failed: {}", name, details.address(), e.getMessage());
            audit.signIn(name, details.address(), "失敗: " + e.getMessage());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A name as typed, without the line breaks or other controls that would forge lines in the log. */
    static String printable(String name) {
        return name == null ? "" : name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
