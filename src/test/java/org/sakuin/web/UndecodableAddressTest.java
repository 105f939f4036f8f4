package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sakuin.SakuinApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An address with a bad percent escape is the client's mistake: a 400 with the reason, and no server error logged;
 * the error page asked for directly is not found.
 */
@ExtendWith(OutputCaptureExtension.class)
class UndecodableAddressTest {

    @Test
    void aBadPercentEscapeIsA400ProblemAndNoErrorInTheLogAndErrorItselfIsNotFound(CapturedOutput log) throws Exception {
        try (ConfigurableApplicationContext server = SpringApplication.run(SakuinApplication.class, "--server.port=0",
                "--sakuin.corpus=" + TestIndexFolder.folder().resolve("no-corpus"),
                "--sakuin.index=" + TestIndexFolder.folder().resolve("undecodable"))) {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            // sent raw: java.net.URI refuses to build this address at all
            String response = get(port, "/api/search?q=%zz");

            assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json")
                    .contains("cannot be decoded").doesNotContain("\tat ");
            assertThat(log.getOut()).doesNotContain(" ERROR ").doesNotContain("InvalidParameterException");

            assertThat(get(port, "/error")).as("the error page asked for directly").startsWith("HTTP/1.1 404")
                    .doesNotContain("999");
        }
    }

    private static String get(int port, String path) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
