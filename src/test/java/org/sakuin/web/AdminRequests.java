package org.sakuin.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.sakuin.security.TestAdministrator;

/**
 * The requests of the administration's REST tests, built in one place so credentials (and whatever else the security
 * of {@code /api/admin/**} asks) are added to all of them at once, in {@link #signedIn}.
 */
public final class AdminRequests {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public AdminRequests(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** As the tests' administrator, with HTTP Basic: a script needs no CSRF token. */
    private HttpRequest.Builder signedIn(HttpRequest.Builder request) {
        return request.header("Authorization", TestAdministrator.basicAuthorization());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(signedIn(HttpRequest.newBuilder(URI.create(base + path)).GET()));
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(signedIn(HttpRequest.newBuilder(URI.create(base + path)).DELETE()));
    }

    public HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send(signedIn(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** {@code POST /api/admin/uploads}: the files as {@code file} parts (name → bytes), and the fields. */
    public HttpResponse<String> upload(Map<String, byte[]> files, Map<String, String> fields)
            throws IOException, InterruptedException {
        String boundary = "sakuin-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            part(body, boundary, "Content-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n",
                    field.getValue().getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            part(body, boundary, "Content-Disposition: form-data; name=\"file\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n", file.getValue());
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(signedIn(HttpRequest.newBuilder(URI.create(base + "/api/admin/uploads"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content)
            throws IOException {
        body.write(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
