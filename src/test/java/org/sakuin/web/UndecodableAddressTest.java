package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * the error page asked for directly is not found. A browser asking for what is not there gets a Japanese page.
 */
@ExtendWith(OutputCaptureExtension.class)
class UndecodableAddressTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Test
    void aBadPercentEscapeIsA400ProblemAndNoErrorInTheLogAndErrorItselfIsNotFound(CapturedOutput log) throws Exception {
        try (ConfigurableApplicationContext server = SpringApplication.run(SakuinApplication.class, "--server.port=0",
                "--sakuin.corpus=" + TestIndexFolder.folder().resolve("no-corpus"),
                "--sakuin.index=" + TestIndexFolder.folder().resolve("undecodable"))) {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            RawHttp.Reply undecodable = RawHttp.get(port, "/api/search?q=%zz", "*/*");

            assertThat(undecodable.status()).isEqualTo(400);
            assertThat(undecodable.head()).contains("application/problem+json");
            assertThat(undecodable.body()).contains("cannot be decoded").doesNotContain("\tat ");
            assertThat(log.getOut()).doesNotContain(" ERROR ").doesNotContain("InvalidParameterException");

            RawHttp.Reply error = RawHttp.get(port, "/error", "*/*");
            assertThat(error.status()).as("the error page asked for directly").isEqualTo(404);
            assertThat(error.body()).doesNotContain("999");

            RawHttp.Reply unknownSource = RawHttp.get(port, "/source/0000000000000000", BROWSER);
            assertThat(unknownSource.status()).isEqualTo(404);
            assertThat(unknownSource.body()).contains("lang=\"ja\"", "ページが見つかりません", "href=\"/\"")
                    .doesNotContain("Whitelabel");
            RawHttp.Reply missingParameter = RawHttp.get(port, "/api/benchmark", "*/*");
            assertThat(missingParameter.status()).isEqualTo(400);
            assertThat(missingParameter.head()).as("a REST error stays problem JSON").contains("application/problem+json");
        }
    }
}
