package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sakuin.SakuinApplication;
import org.sakuin.security.TestAdministrator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code /api/admin/**} on a real server: upload, follow the job, find the plan, delete it; limits and bad input. */
class AdminApiTest {

    private static final String WORD = "雪かきボランティア";
    private static final byte[] PLAN = ("# 第3次楓野市総合計画 基本計画\n\n## 第1章 冬のくらし\n\n楓野市は" + WORD
            + "の登録を広げ、高齢者の冬の暮らしを支えます。\n").getBytes(StandardCharsets.UTF_8);
    private static final Path FOLDER = TestIndexFolder.folder().resolve("admin-api");

    private static ConfigurableApplicationContext server;
    private static AdminRequests requests;

    @BeforeAll
    static void start() throws IOException {
        server = SpringApplication.run(SakuinApplication.class, "--server.port=0",
                "--sakuin.security.users=" + TestAdministrator.usersFile(FOLDER),
                "--sakuin.corpus=" + FOLDER.resolve("no-corpus"), "--sakuin.index=" + FOLDER.resolve("index"),
                "--sakuin.uploads=" + FOLDER.resolve("uploads"), "--sakuin.admin.max-upload-size=64KB");
        requests = new AdminRequests(((WebServerApplicationContext) server).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String search(String words) throws Exception {
        return requests.get("/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).body();
    }

    private static String ended(String jobId) throws Exception {
        for (int i = 0; i < 600; i++) {
            String job = requests.get("/api/admin/jobs/" + jobId).body();
            if (List.of("DONE", "FAILED").contains(JsonPath.<String>read(job, "$.state"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not end within a minute");
    }

    @Test
    void anUploadedPlanIsIngestedSearchableAndGoneOnceDeleted() throws Exception {
        HttpResponse<String> accepted = requests.upload(Map.of("kaedeno_fuyu.md", PLAN),
                Map.of("municipality", "楓野市", "planType", "基本計画"));

        assertThat(accepted.statusCode()).isEqualTo(202);
        String jobId = JsonPath.read(accepted.body(), "$.id");
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/admin/jobs/" + jobId);
        assertThat(JsonPath.<String>read(accepted.body(), "$.who")).as("who").isEqualTo(TestAdministrator.NAME);
        String job = ended(jobId);
        assertThat(JsonPath.<String>read(job, "$.state")).isEqualTo("DONE");
        assertThat(JsonPath.<String>read(job, "$.files[0].status")).isEqualTo("INGESTED");
        assertThat(JsonPath.<Double>read(job, "$.progress")).isEqualTo(1.0);
        assertThat(JsonPath.<List<String>>read(requests.get("/api/admin/jobs").body(), "$[*].id")).contains(jobId);

        String found = search(WORD);
        assertThat(JsonPath.<Integer>read(found, "$.total")).isPositive();
        String id = JsonPath.read(found, "$.hits[0].documentId");
        assertThat(JsonPath.<String>read(found, "$.hits[0].municipality")).isEqualTo("楓野市");
        String documents = requests.get("/api/admin/documents").body();
        assertThat(JsonPath.<List<Boolean>>read(documents, "$[?(@.id == '" + id + "')].uploaded")).containsExactly(true);
        assertThat(requests.get("/source/" + id).statusCode()).isEqualTo(200);

        HttpResponse<String> deleted = requests.delete("/api/admin/documents/" + id);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(deleted.body(), "$.sourceDeleted")).isTrue();
        assertThat(requests.get("/source/" + id).statusCode()).isEqualTo(404);
        assertThat(JsonPath.<Integer>read(search(WORD), "$.total")).isZero();
        assertThat(Files.exists(FOLDER.resolve("uploads/kaedeno_fuyu.md"))).isFalse();
        HttpResponse<String> again = requests.delete("/api/admin/documents/" + id);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        String audit = requests.get("/api/admin/audit?limit=50").body();
        assertThat(JsonPath.<List<String>>read(audit, "$[*].action")).contains("upload", "ingest", "delete");
        assertThat(JsonPath.<List<String>>read(audit, "$[*].who")).containsOnly(TestAdministrator.NAME);
    }

    @Test
    void aFileOverTheLimitIsA413ProblemAndNothingIsStored() throws Exception {
        HttpResponse<String> refused = requests.upload(Map.of("big.txt", new byte[100 * 1024]), Map.of());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).doesNotContain("\tat ");
        assertThat(Files.exists(FOLDER.resolve("uploads/big.txt"))).isFalse();
    }

    @Test
    void badInputIsA400AndAnUnknownJobA404() throws Exception {
        assertThat(requests.upload(Map.of("tool.exe", PLAN), Map.of()).statusCode()).isEqualTo(400);
        assertThat(requests.upload(Map.of(), Map.of("municipality", "楓野市")).statusCode()).isEqualTo(400);
        assertThat(requests.get("/api/admin/audit?limit=0").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = requests.get("/api/admin/jobs/no-such-job");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void reingestIsAcceptedAsAJob() throws Exception {
        HttpResponse<String> accepted = requests.post("/api/admin/reingest");

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(JsonPath.<String>read(accepted.body(), "$.kind")).isEqualTo("REINGEST");
        assertThat(JsonPath.<String>read(ended(JsonPath.read(accepted.body(), "$.id")), "$.state")).isEqualTo("DONE");
    }
}
