package org.sakuin.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The Japanese error pages for what Tomcat refuses before Spring sees it ({@code /source/..%2f..%2fetc%2fpasswd}: an
 * encoded slash; {@code ?q[]=x}: a character not allowed in a request line; an address longer than
 * {@code server.max-http-request-header-size}), instead of Tomcat's English page, which showed the exception and its
 * stack trace. A bad request has a page of its own (the address is too long or wrong), not the 404's; the REST API
 * gets problem JSON. Ordered last, so that its valve replaces the one Spring Boot puts on the
 * host.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TomcatErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private static final byte[] BAD_REQUEST = page("400");
    private static final byte[] CLIENT_ERROR = page("4xx");
    private static final byte[] SERVER_ERROR = page("5xx");

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new JapanesePage());
            // else the host adds Tomcat's own when it starts, which reports first, with the exception's stack trace
            host.setErrorReportValveClass(JapanesePage.class.getName());
        });
    }

    private static byte[] page(String name) {
        try (InputStream in = TomcatErrorPages.class.getResourceAsStream("/public/error/" + name + ".html")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The REST API's errors are problem JSON, as {@link ApiErrors} writes them, even when Tomcat refused them. */
    private static byte[] problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return ("{\"type\":\"about:blank\",\"title\":\"" + (known == null ? "Error" : known.getReasonPhrase())
                + "\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the page when nothing was written yet: Spring's own error pages are written before. */
    private static final class JapanesePage extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                if (String.valueOf(request.getRequestURI()).startsWith("/api/")) {
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getOutputStream().write(problem(status));
                } else {
                    response.setContentType("text/html;charset=UTF-8");
                    response.getOutputStream().write(status >= 500 ? SERVER_ERROR
                            : status == Response.SC_BAD_REQUEST ? BAD_REQUEST : CLIENT_ERROR);
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone, or the response was taken over: nothing more to tell it
            }
        }
    }
}
