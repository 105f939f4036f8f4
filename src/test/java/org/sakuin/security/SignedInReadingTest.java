package org.sakuin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With {@code sakuin.security.reading=signed-in}, reading needs a login: a READER or an ADMIN. */
class SignedInReadingTest {

    private static SecuredServer server;

    @BeforeAll
    static void start() throws Exception {
        server = SecuredServer.start("signed-in-reading", List.of("--sakuin.security.reading=signed-in"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aVisitorWhoHasNotSignedInGets401FromTheApiAndIsSentToTheLoginPage() throws Exception {
        for (String path : List.of("/api/search?q=a", "/api/indicators", "/api/ask?q=a")) {
            assertThat(SecuredServer.send(server.request(path)).statusCode()).as(path).isEqualTo(401);
        }
        // a source file is opened by a person, from a hit
        for (String page : List.of("/", "/indicators", "/benchmark", "/source/unknown")) {
            HttpResponse<String> response = SecuredServer.send(server.request(page).header("Accept", "text/html"));
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page)
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
        HttpResponse<String> login = SecuredServer.send(server.request("/login").header("Accept", "text/html"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(SecuredServer.send(server.request("/actuator/health")).statusCode()).isNotIn(401, 403);
    }

    @Test
    void aReaderAndAnAdminRead() throws Exception {
        for (String user : List.of(SecuredServer.READER, SecuredServer.ADMIN)) {
            assertThat(SecuredServer.send(server.as(user, SecuredServer.PASSWORD, "/api/search?q=a")).statusCode())
                    .as(user).isEqualTo(200);
            assertThat(SecuredServer.send(server.as(user, SecuredServer.PASSWORD, "/").header("Accept", "text/html"))
                    .statusCode()).as(user).isEqualTo(200);
        }
        assertThat(SecuredServer.send(server.as(SecuredServer.READER, SecuredServer.PASSWORD, "/api/admin/anything"))
                .statusCode()).isEqualTo(403);
    }
}
