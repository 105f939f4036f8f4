package org.sakuin.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;

/**
 * Vaadin's annotation check of views ({@code @AnonymousAllowed}, {@code @RolesAllowed}), but when reading needs a
 * login a visitor who has not signed in may open only the login page: the reading views stay annotated
 * {@code @AnonymousAllowed} and one setting closes them. Vaadin also asks this for each page request, so the
 * server sends such a visitor to the login page before any view is built.
 */
final class ReadingAccess implements NavigationAccessChecker {

    private final AnnotatedViewAccessChecker annotations;
    private final boolean needsLogin;

    ReadingAccess(AnnotatedViewAccessChecker annotations, boolean needsLogin) {
        this.annotations = annotations;
        this.needsLogin = needsLogin;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (needsLogin && context.getPrincipal() == null && !context.isErrorHandling()
                && context.getNavigationTarget() != LoginView.class) {
            return context.deny("reading needs a login (sakuin.security.reading=signed-in)");
        }
        return annotations.check(context);
    }
}
