package org.sakuin.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.sakuin.SakuinApplication;
import org.sakuin.web.TestIndexFolder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Sakuin server on a free port of 127.0.0.1 over an empty index, with a users file of an ADMIN
 * ({@code kanri}) and a READER ({@code yomu}), and requests to it as a browser or a script sends them.
 */
final class SecuredServer implements AutoCloseable {

    static final String ADMIN = TestAdministrator.NAME;
    static final String READER = "yomu";
    static final String PASSWORD = TestAdministrator.PASSWORD;

    final Path users;
    private final ConfigurableApplicationContext context;
    private final int port;

    private SecuredServer(Path users, ConfigurableApplicationContext context) {
        this.users = users;
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Started with these extra arguments ({@code --sakuin.security.reading=signed-in}) and beans. */
    static SecuredServer start(String name, List<String> arguments, Class<?>... beans) throws IOException {
        Path folder = Files.createDirectories(TestIndexFolder.folder().resolve(name));
        Path users = TestAdministrator.usersFile(folder);
        UserAccounts.add(users, READER, PASSWORD.toCharArray(), Set.of("READER"));
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--sakuin.corpus=" + folder.resolve("no-corpus"), "--sakuin.index=" + folder.resolve("index"),
                "--sakuin.uploads=" + folder.resolve("uploads"),
                "--sakuin.security.users=" + users));
        args.addAll(arguments);
        List<Class<?>> sources = new ArrayList<>(List.of(SakuinApplication.class));
        sources.addAll(List.of(beans));
        return new SecuredServer(users, SpringApplication.run(sources.toArray(Class<?>[]::new),
                args.toArray(String[]::new)));
    }

    /** A request as a script sends it, without credentials. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    /** A request with HTTP Basic credentials. */
    HttpRequest.Builder as(String user, String password, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return request(path).header("Authorization", "Basic " + credentials);
    }

    /** The login page's form sent by a browser with these cookies. */
    HttpResponse<String> signIn(HttpClient browser, String user, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client that keeps cookies, as a browser does, and follows no redirect. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        context.close();
    }
}
