package org.sakuin.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenSearch's REST API through the official Java client's transport (its connection pool, and its failover to
 * another node when one is down), with bodies written and read as Jackson trees: Sakuin's queries are built as
 * JSON, the shape the cluster's documentation gives them in.
 */
final class ClusterClient implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;
    private final String where;

    ClusterClient(IndexSettings.Cluster cluster) {
        HttpHost[] hosts = cluster.nodes().stream().map(ClusterClient::host).toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts);
        if (cluster.user() != null && !cluster.user().isBlank()) {
            String basic = Base64.getEncoder().encodeToString((cluster.user() + ":"
                    + (cluster.password() == null ? "" : cluster.password())).getBytes(StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "Basic " + basic)});
        }
        this.transport = builder.build();
        this.client = new OpenSearchGenericClient(transport);
        this.where = cluster.nodes().toString();
    }

    private static HttpHost host(URI node) {
        int port = node.getPort() > 0 ? node.getPort() : "https".equals(node.getScheme()) ? 443 : 9200;
        return new HttpHost(node.getScheme(), node.getHost(), port);
    }

    /** The answer of a request; a 4xx or 5xx answer other than those {@code accepted} is an error. */
    JsonNode send(String method, String path, Object body, int... accepted) {
        Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(path);
        if (body instanceof String ndjson) {
            request.body(Body.from(ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson"));
        } else if (body != null) {
            request.json(JSON.writeValueAsString(body));
        }
        try (Response response = client.execute(request.build())) {
            String text = response.getBody().map(Body::bodyAsString).orElse("");
            int status = response.getStatus();
            if (status >= 400 && Arrays.stream(accepted).noneMatch(a -> a == status)) {
                throw new ClusterException(method + " " + path + " answered " + status + ": " + brief(text));
            }
            return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new ArchiveUnavailableException("the OpenSearch cluster at " + where + " is unreachable: "
                    + e.getMessage(), e);
        }
    }

    JsonNode get(String path, int... accepted) {
        return send("GET", path, null, accepted);
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    /** A bulk request of actions and sources, each a line of JSON. */
    JsonNode bulk(String path, List<Map<String, Object>> lines) {
        StringBuilder ndjson = new StringBuilder();
        for (Map<String, Object> line : lines) {
            ndjson.append(JSON.writeValueAsString(line)).append('\n');
        }
        JsonNode answer = send("POST", path, ndjson.toString());
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                for (JsonNode action : item.values()) {
                    if (action.has("error")) {
                        throw new ClusterException("bulk write refused: " + brief(action.path("error").toString()));
                    }
                }
            }
        }
        return answer;
    }

    private static String brief(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cluster refused a request or could not be reached: one line that says which and why. */
    static final class ClusterException extends UncheckedIOException {

        ClusterException(String message) {
            this(message, new IOException(message));
        }

        ClusterException(String message, IOException cause) {
            super(message, cause);
        }
    }
}
