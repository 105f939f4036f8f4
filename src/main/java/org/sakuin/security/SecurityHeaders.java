package org.sakuin.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response, UI, REST and {@code /source} alike, on top of Spring Security's defaults
 * ({@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store} unless the response sets its own,
 * HSTS over HTTPS).
 */
final class SecurityHeaders {

    static final String CSP_HEADER = "Content-Security-Policy";

    /**
     * Vaadin Flow starts its client engine with an inline script and runs what the server sends by constructing
     * functions, so scripts need 'unsafe-inline' and 'unsafe-eval', and its components set inline styles. The rest
     * is as tight as the pages allow: everything from this origin only, charts and icons as data: images, no
     * plugins, forms posting back here only, and no framing by any site.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Spring Security writes its headers when the response is committed, after the controller: a
                // response that brings its own policy (a source file's sandbox) keeps it, never gets a second one
                .addHeaderWriter((request, response) -> {
                    if (!response.containsHeader(CSP_HEADER)) {
                        response.setHeader(CSP_HEADER, POLICY);
                    }
                });
    }
}
