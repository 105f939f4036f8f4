package org.sakuin.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The default: anyone reads, only an ADMIN administers; people sign in on the login page, scripts with HTTP Basic;
 * every response carries the security headers.
 */
class OpenReadingTest {

    private static SecuredServer server;

    /** A response that brings its own policy, as {@code /source} does for the files it serves. */
    @RestController
    static class OwnPolicy {

        @GetMapping("/own-policy")
        ResponseEntity<String> page() {
            return ResponseEntity.ok().header(SecurityHeaders.CSP_HEADER, "sandbox").body("served");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = SecuredServer.start("open-reading", List.of(), OwnPolicy.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anyoneSearchesReadsAndOpensThePagesWithoutSigningIn() throws Exception {
        assertThat(SecuredServer.send(server.request("/api/search?q=%E8%87%AA%E6%B2%BB%E4%BC%9A")).statusCode())
                .isEqualTo(200);
        assertThat(SecuredServer.send(server.request("/api/indicators")).statusCode()).isEqualTo(200);
        assertThat(SecuredServer.send(server.request("/source/unknown")).statusCode()).isEqualTo(404);
        assertThat(SecuredServer.send(server.request("/").header("Accept", "text/html")).statusCode())
                .isEqualTo(200);
        assertThat(SecuredServer.send(server.request("/actuator/health")).statusCode()).isNotIn(401, 403);
    }

    @Test
    void administrationIs401WithoutLogin403ForAReaderAndOpenToAnAdmin() throws Exception {
        HttpResponse<String> anonymous = SecuredServer.send(server.request("/api/admin/anything"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue(
                "Basic realm=\"Sakuin\", charset=\"UTF-8\"");
        assertThat(anonymous.headers().firstValue("Set-Cookie")).as("no session for a script").isEmpty();

        assertThat(SecuredServer.send(server.as(SecuredServer.READER, SecuredServer.PASSWORD, "/api/admin/anything"))
                .statusCode()).isEqualTo(403);
        assertThat(SecuredServer.send(server.as(SecuredServer.ADMIN, SecuredServer.PASSWORD, "/api/admin/anything"))
                .statusCode()).isNotIn(401, 403);
        assertThat(SecuredServer.send(server.as(SecuredServer.ADMIN, "wrong", "/api/search?q=a")).statusCode())
                .as("wrong credentials are refused even where reading is open").isEqualTo(401);
        assertThat(SecuredServer.send(server.request("/actuator/prometheus")).statusCode()).isEqualTo(401);
        assertThat(SecuredServer.send(server.as(SecuredServer.READER, SecuredServer.PASSWORD, "/v3/api-docs"))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> swagger = SecuredServer.send(server.request("/swagger-ui/index.html")
                .header("Accept", "text/html"));
        assertThat(swagger.statusCode()).as("a person is sent to the login page").isEqualTo(302);
        assertThat(swagger.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aScriptWritesWithBasicCredentialsButAWriteFromAnotherSiteOrWithoutATokenIsRefused() throws Exception {
        HttpRequest.Builder script = server.as(SecuredServer.ADMIN, SecuredServer.PASSWORD, "/api/admin/anything")
                .POST(HttpRequest.BodyPublishers.noBody());
        assertThat(SecuredServer.send(script).statusCode()).isNotIn(401, 403);

        HttpRequest.Builder crossSite = server.as(SecuredServer.ADMIN, SecuredServer.PASSWORD, "/api/admin/anything")
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody());
        assertThat(SecuredServer.send(crossSite).statusCode()).as("no CSRF token").isEqualTo(403);

        HttpClient browser = SecuredServer.browser();
        server.signIn(browser, SecuredServer.ADMIN, SecuredServer.PASSWORD);
        HttpResponse<String> session = browser.send(server.request("/api/admin/anything")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).as("a session's write without a CSRF token").isEqualTo(403);

        assertThat(SecuredServer.send(server.as(SecuredServer.READER, SecuredServer.PASSWORD, "/api/admin/anything")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).as("a reader's write").isEqualTo(403);
        assertThat(SecuredServer.send(server.request("/api/search").POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode()).as("an anonymous write to the reading API, without a token").isEqualTo(403);
    }

    @Test
    void signingInOnTheLoginPageGivesASessionThatTheApiAccepts() throws Exception {
        HttpClient browser = SecuredServer.browser();
        HttpResponse<String> signedIn = server.signIn(browser, SecuredServer.ADMIN, SecuredServer.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        assertThat(browser.send(server.request("/api/admin/anything").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isNotIn(401, 403);

        HttpResponse<String> wrong = server.signIn(SecuredServer.browser(), SecuredServer.ADMIN, "wrong");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhileWithANoteToWait() throws Exception {
        UserAccounts.add(server.users, "tanaka", SecuredServer.PASSWORD.toCharArray(), Set.of("ADMIN"));
        for (int i = 0; i < 5; i++) {
            assertThat(server.signIn(SecuredServer.browser(), "tanaka", "guess" + i).headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        }

        HttpResponse<String> refused = server.signIn(SecuredServer.browser(), "tanaka", SecuredServer.PASSWORD);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error&wait"));
        assertThat(SecuredServer.send(server.as("tanaka", SecuredServer.PASSWORD, "/api/admin/anything")).statusCode())
                .as("over HTTP Basic too").isEqualTo(401);
        assertThat(SecuredServer.send(server.as(SecuredServer.ADMIN, SecuredServer.PASSWORD, "/api/admin/anything"))
                .statusCode()).as("another user from the same address").isNotIn(401, 403);

        String audit = SecuredServer.send(server.as(SecuredServer.ADMIN, SecuredServer.PASSWORD,
                "/api/admin/audit?limit=1000")).body();
        List<String> tanaka = JsonPath.read(audit, "$[?(@.who == 'tanaka' && @.action == 'login')].outcome");
        assertThat(tanaka).as("the sign-ins in the audit log").hasSize(7)
                .filteredOn(outcome -> outcome.startsWith("失敗")).hasSize(5);
        assertThat(tanaka).as("the form's and HTTP Basic's").filteredOn(outcome -> outcome.startsWith("拒否"))
                .hasSize(2);
    }

    @Test
    void aUserAddedOrRemovedWhileTheServerRunsCanOrCannotSignInAtOnce() throws Exception {
        String path = "/api/admin/anything";
        assertThat(SecuredServer.send(server.as("suzuki", "suzuki-pw", path)).statusCode()).isEqualTo(401);

        UserAccounts.add(server.users, "suzuki", "suzuki-pw".toCharArray(), Set.of("ADMIN"));
        assertThat(SecuredServer.send(server.as("suzuki", "suzuki-pw", path)).statusCode()).isNotIn(401, 403);

        UserAccounts.add(server.users, "suzuki", "suzuki-pw".toCharArray(), Set.of("READER"));
        assertThat(SecuredServer.send(server.as("suzuki", "suzuki-pw", path)).statusCode()).isEqualTo(403);

        UserAccounts.remove(server.users, "suzuki");
        assertThat(SecuredServer.send(server.as("suzuki", "suzuki-pw", path)).statusCode()).isEqualTo(401);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndOneThatBringsItsOwnPolicyKeepsOnlyIt() throws Exception {
        for (String path : List.of("/", "/login", "/api/search?q=a", "/source/unknown", "/api/admin/anything",
                "/no-such-page")) {
            HttpResponse<String> response = SecuredServer.send(server.request(path).header("Accept", "text/html"));
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
                    .containsExactly(SecurityHeaders.POLICY);
            assertThat(SecurityHeaders.POLICY).contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                    .hasValue("strict-origin-when-cross-origin");
        }

        HttpResponse<String> own = SecuredServer.send(server.request("/own-policy"));
        assertThat(own.body()).isEqualTo("served");
        assertThat(own.headers().allValues("Content-Security-Policy")).containsExactly("sandbox");
    }
}
