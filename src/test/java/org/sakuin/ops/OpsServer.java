package org.sakuin.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.sakuin.SakuinApplication;
import org.sakuin.security.TestAdministrator;
import org.sakuin.web.TestIndexFolder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Sakuin server for the operations tests, and the one place that knows how an administrator asks it.
 * <p>
 * The administrator is the tests' one ({@link TestAdministrator}), signed in with HTTP Basic.
 */
final class OpsServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    final ConfigurableApplicationContext context;
    private final URI base;

    private OpsServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    static OpsServer start(String... settings) throws IOException {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--sakuin.security.users="
                + TestAdministrator.usersFile(TestIndexFolder.folder().resolve("ops-users"))));
        args.addAll(List.of(settings));
        return new OpsServer(SpringApplication.run(SakuinApplication.class, args.toArray(String[]::new)));
    }

    /** GET as an administrator, who may see the health details, info, metrics and the API's description. */
    HttpResponse<String> asAdmin(String path) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", TestAdministrator.basicAuthorization()));
    }

    /** GET as a reader who has not signed in: reading is open by default. */
    HttpResponse<String> asAnyone(String path) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        context.close();
    }
}
