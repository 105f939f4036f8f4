package org.sakuin.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.sakuin.SakuinApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Sakuin server for the operations tests, and the one place that knows how an administrator asks it.
 * <p>
 * Without the security configuration nobody is an administrator, so the health details shown to administrators
 * ({@code when-authorized}) are shown to every request here ({@code always}). With it: add an ADMIN to a users file
 * in {@link #start}, sign in with HTTP Basic in {@link #asAdmin}, and drop that override.
 */
final class OpsServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    final ConfigurableApplicationContext context;
    private final URI base;

    private OpsServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    static OpsServer start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--management.endpoint.health.show-details=always"));
        args.addAll(List.of(settings));
        return new OpsServer(SpringApplication.run(SakuinApplication.class, args.toArray(String[]::new)));
    }

    /** GET as an administrator, who may see the health details, info, metrics and the API's description. */
    HttpResponse<String> asAdmin(String path) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)));
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
