package org.sakuin.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * Where a sign-in came from: the client address the throttle counts, and whether a person typed it into the login
 * page (logged) or a script sent it with each request over HTTP Basic (not logged when it succeeds).
 */
record SignInDetails(String address, boolean interactive) implements Serializable {

    static final AuthenticationDetailsSource<HttpServletRequest, SignInDetails> FORM =
            request -> new SignInDetails(request.getRemoteAddr(), true);
    static final AuthenticationDetailsSource<HttpServletRequest, SignInDetails> BASIC =
            request -> new SignInDetails(request.getRemoteAddr(), false);
}
