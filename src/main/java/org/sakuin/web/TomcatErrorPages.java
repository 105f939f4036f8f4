package org.sakuin.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.springframework.stereotype.Component;

/**
 * The Japanese error pages for what Tomcat refuses before Spring sees it ({@code /source/..%2f..%2fetc%2fpasswd}: an
 * encoded slash; {@code ?q[]=x}: a character not allowed in a request line), instead of Tomcat's English page, which
 * showed the exception and its stack trace. Ordered last, so that its valve replaces the one Spring Boot puts on the
 * host.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TomcatErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

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

    /** Writes the page when nothing was written yet: Spring's own error pages are written before. */
    private static final class JapanesePage extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(status >= 500 ? SERVER_ERROR : CLIENT_ERROR);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone, or the response was taken over: nothing more to tell it
            }
        }
    }
}
