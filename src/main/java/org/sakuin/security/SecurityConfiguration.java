package org.sakuin.security;

import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import org.sakuin.admin.ArchiveAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may do what (CONTRACT.md): administering needs role ADMIN; reading (search, indicators, ask, source files, the
 * thumbnails of their pages and the reading views) is open, or needs a login with
 * {@code sakuin.security.reading=signed-in}. People sign in on the Japanese login page; scripts send HTTP Basic
 * credentials of the same users with each request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String REALM = "Sakuin";
    private static final String[] ADMINISTRATION = {"/api/admin/**", "/actuator/**", "/api-docs", "/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs", "/v3/api-docs/**"};
    private static final String[] READING = {"/api/**", "/source/**", "/thumbnail/**"};
    private static final RequestMatcher SCRIPTED = RequestMatchers.anyOf(pathPattern("/api/**"),
            pathPattern("/actuator/**"), pathPattern("/v3/api-docs/**"));

    @Bean
    SignInUsers signInUsers(SecuritySettings settings) {
        return new SignInUsers(settings.users());
    }

    @Bean
    SignInAudit signInAudit(ArchiveAdministration administration) {
        return new SignInAudit(administration);
    }

    /** Passwords checked against the users file, through the throttle. */
    @Bean
    AuthenticationManager authenticationManager(SignInUsers users, SecuritySettings settings, SignInAudit audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users::user);
        passwords.setPasswordEncoder(new BCryptPasswordEncoder());
        LoginThrottle throttle = new LoginThrottle(settings.loginFailures(), settings.lockout(), Clock.systemUTC());
        return new ProviderManager(new ThrottledSignIn(passwords, throttle, audit));
    }

    /** Vaadin's view annotations, closed to visitors who have not signed in when reading needs a login. */
    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(AnnotatedViewAccessChecker annotations,
            SecuritySettings settings) {
        return new NavigationAccessControlConfigurer()
                .withNavigationAccessChecker(new ReadingAccess(annotations, settings.readingNeedsLogin()));
    }

    /**
     * Spring Security writes its headers when the response is committed. Tomcat 11 suspends a response forwarded
     * to another servlet instead of closing it through its wrappers, so Vaadin's pages (forwarded to its servlet)
     * went out without them; closed as Tomcat 10 did, every response gets its headers.
     */
    @Bean
    TomcatContextCustomizer headersAfterForward() {
        return context -> context.setSuspendWrappedResponseAfterForward(false);
    }

    @Bean
    SecurityFilterChain sakuinSecurity(HttpSecurity http, SecuritySettings settings, AuthenticationManager signIn,
                                       SignInAudit audit) throws Exception {
        Consumer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl> reading = settings.readingNeedsLogin()
                ? url -> url.hasAnyRole(Role.ADMIN.name(), Role.READER.name())
                : AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll;
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName(REALM);
        // Vaadin's configurer first, so that its login view is set before the form login is initialised (else
        // Spring Security would add its own login page); the rules below still come before Vaadin's, which it adds
        // when the chain is built
        http.authenticationManager(signIn)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(reading)
                        .addLogoutHandler((request, response, user) -> {
                            if (user != null) {
                                String name = ThrottledSignIn.printable(user.getName());
                                LOG.info("Signed out: '{}'", name);
                                audit.signOut(name, request.getRemoteAddr());
                            }
                        }))
                .authorizeHttpRequests(urls -> {
                    // error pages render the error of a request that was already let through or refused
                    urls.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers("/error").permitAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers(ADMINISTRATION).hasRole(Role.ADMIN.name());
                    reading.accept(urls.requestMatchers(HttpMethod.GET, READING));
                    reading.accept(urls.requestMatchers(HttpMethod.HEAD, READING));
                    // whatever else changes something through the API administers the archive
                    urls.requestMatchers(READING).hasRole(Role.ADMIN.name());
                })
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(challenge)
                        .authenticationDetailsSource(SignInDetails.BASIC))
                .formLogin(form -> form.failureHandler(failures()).authenticationDetailsSource(SignInDetails.FORM))
                // scripts and tools are told to send credentials, and what they asked for is not kept in a new
                // session to go back to after a login; a person's browser is sent to the login page
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(challenge, SCRIPTED))
                .requestCache(cache -> cache.requestCache(notFor(SCRIPTED)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(scriptedAdministration()))
                .headers(SecurityHeaders::configure);
        return http.build();
    }

    /** Vaadin's request cache keeps the page asked for before a login in this one, except for these requests. */
    private static RequestCache notFor(RequestMatcher requests) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(RequestMatchers.not(requests));
        return cache;
    }

    private static ExceptionMappingAuthenticationFailureHandler failures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/" + LoginView.ROUTE + "?error");
        failures.setExceptionMappings(Map.of(ThrottledSignIn.ThrottledException.class.getName(),
                "/" + LoginView.ROUTE + "?error&wait"));
        return failures;
    }

    /**
     * A script's write to the administration API with HTTP Basic credentials needs no CSRF token: CSRF rides on
     * credentials a browser adds by itself, the session cookie, and such a request brings its own in the header.
     * A browser may replay Basic credentials it once asked the user for, too, but it then says where the request
     * came from (Sec-Fetch-Site): one from another site still needs the token, like any session's write.
     */
    private static RequestMatcher scriptedAdministration() {
        return RequestMatchers.allOf(pathPattern("/api/admin/**"), request -> {
            String credentials = request.getHeader("Authorization");
            String site = request.getHeader("Sec-Fetch-Site");
            return credentials != null && credentials.regionMatches(true, 0, "Basic ", 0, 6)
                    && (site == null || site.equals("same-origin") || site.equals("none"));
        });
    }
}
