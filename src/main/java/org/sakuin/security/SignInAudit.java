package org.sakuin.security;

import java.io.UncheckedIOException;
import org.sakuin.admin.ArchiveAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-ins and sign-outs in the audit log of the administration, which administrators read on the 管理 page. An
 * audit log that cannot be written has said so in the log already; it does not keep anyone from signing in or out.
 */
final class SignInAudit {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAudit.class);

    private final ArchiveAdministration administration;

    SignInAudit(ArchiveAdministration administration) {
        this.administration = administration;
    }

    void signIn(String name, String address, String outcome) {
        record(name, "login", address, outcome);
    }

    void signOut(String name, String address) {
        record(name, "logout", address, "成功");
    }

    private void record(String name, String action, String address, String outcome) {
        try {
            administration.record(name, action, "接続元 " + address, outcome);
        } catch (UncheckedIOException e) {
            LOG.debug("{} of '{}' not audited: {}", action, name, e.getMessage());
        }
    }
}
