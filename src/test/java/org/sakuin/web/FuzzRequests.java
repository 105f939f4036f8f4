package org.sakuin.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.sakuin.security.TestAdministrator;

/**
 * Random and nasty requests for every endpoint, from a fixed seed: Lucene syntax, unbalanced quotes and brackets, long
 * texts, control characters and NUL, escapes that are not UTF-8 or not escapes at all, numbers that are not numbers
 * or out of range, unknown facet values, repeated and unknown parameters, and path tricks on {@code /source/}; and
 * the administration's endpoints with and without the administrator's credentials.
 */
final class FuzzRequests {

    /**
     * One request: which endpoint it is for (for the summary), its method, the raw target, what it accepts, and its
     * credentials (null for none).
     */
    record Request(String endpoint, String method, String target, String accept, String authorization) {
    }

    private record Endpoint(String name, String method, Supplier<String> path, List<String> parameters) {

        Endpoint(String name, Supplier<String> path, List<String> parameters) {
            this(name, "GET", path, parameters);
        }
    }

    /**
     * The administrator's, or a malformed header: what an administration endpoint is sent. (Wrong passwords would lock
     * this address out after a few, and the administration would be fuzzed no further.)
     */
    private static final List<String> CREDENTIALS = List.of(TestAdministrator.basicAuthorization(),
            TestAdministrator.basicAuthorization(), TestAdministrator.basicAuthorization(), "Basic %%%", "Bearer x",
            "Basic " + "A".repeat(3000));

    private static final List<String> SEARCH = List.of("q", "limit", "offset", "area", "municipality", "prefecture",
            "planType", "plan", "fy");
    private static final List<String> INDICATORS = List.of("q", "limit", "offset", "municipality", "prefecture",
            "kind", "unit", "fy", "area");
    private static final List<String> NUMERIC = List.of("limit", "offset", "fy");
    private static final List<String> NASTY = List.of("title:", "title:計画", "*", "?", "~", "^", "計画~2", "移住^10",
            "[a TO b]", "{* TO *}", "[* TO", "\\", "\\\\", "\"", "\"移住", "移住\"\"\"", "(", ")", "((移住", "[", "]", "{",
            "}", "AND", "OR NOT", "NOT 移住", "&&", "||", "!", "-", "+", ":", "/", "/.*/", "/[/", "移住 移住 移住 移住 移住 移住",
            "\"移住\" \"移住\" \"移住\" \"移住\" \"移住\"", "%", "'", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "../../etc/passwd", "/etc/passwd", "C:\\Windows\\win.ini", "\u0000", "\u0001\u0002\u001f", "\t\n\r",
            "\u202e移住", "\uFEFF", "😀", "𠮷野家", "ｱｲｳ", "", " ", "　", "旭川市", "北海道", "存在しない町", "広域連携・自治体間連携",
            "子育て・教育 › 学校教育", "基本計画", "目標", "人", "%25", "&", "=", "#", ";", "null", "true", "NaN");
    private static final List<String> NUMBERS = List.of("0", "-1", "1", "5", "500", "501", "10000", "10001",
            "-2147483648", "2147483647", "2147483648", "-9223372036854775809", "99999999999999999999", "1e3", "0x10",
            "5.5", "+5", " 5", "abc", "", "NaN", "Infinity", "２", "令和6", "2024", "1800", "9999");
    /** Sent as they are, not encoded: escapes that decode to no text, or are not escapes. */
    private static final List<String> RAW = List.of("%zz", "%", "%4", "%C3%28", "%FF%FE", "%E3%81", "%00", "%0d%0a",
            "%u0041", "%%", "%2", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%2e%2e%2f", "+", "%2B");
    private static final List<String> SOURCE_TRICKS = List.of("..%2f..%2fetc%2fpasswd", "../../etc/passwd",
            "%2e%2e/%2e%2e/etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..;/..;/etc/passwd", "/etc/passwd",
            "%2fetc%2fpasswd", "..%5c..%5cetc%5cpasswd", "%252e%252e%252fetc%252fpasswd", "....//....//etc/passwd",
            ".", "..", "%2e", "%2e%2e", "", "%", "%zz", "%00", "計画.pdf", "%E8%A8%88%E7%94%BB", "a".repeat(5000),
            "0".repeat(300), "secret.txt", "passwd.txt", "pipe.txt", "corpus%2fsecret.txt", "*", "?", "%3F", "%23");

    private final Random random;
    private final List<String> documentIds;
    private final List<String> neverIndexedIds;
    private final List<String> passageIds;
    private final List<String> indicatorIds;
    private final List<String> absolutePaths;
    private final List<Endpoint> endpoints;

    /** The ids are real ones (so that some requests succeed and reach deeper) and guessed ones. */
    FuzzRequests(long seed, List<String> documentIds, List<String> neverIndexedIds, List<String> passageIds,
                 List<String> indicatorIds, List<String> absolutePaths) {
        this.random = new Random(seed);
        this.documentIds = documentIds;
        this.neverIndexedIds = neverIndexedIds;
        this.passageIds = passageIds;
        this.indicatorIds = indicatorIds;
        this.absolutePaths = absolutePaths;
        this.endpoints = List.of(
                new Endpoint("/api/search", () -> "/api/search", SEARCH),
                new Endpoint("/api/suggest", () -> "/api/suggest", List.of("q", "limit")),
                new Endpoint("/api/passages/{id}/similar", () -> "/api/passages/" + id(passageIds) + "/similar",
                        List.of("limit")),
                new Endpoint("/api/indicators", () -> "/api/indicators", INDICATORS),
                new Endpoint("/api/indicators/{id}", () -> "/api/indicators/" + id(indicatorIds), List.of("limit")),
                new Endpoint("/api/indicators/{id}/similar", () -> "/api/indicators/" + id(indicatorIds) + "/similar",
                        List.of("limit")),
                new Endpoint("/api/indicators/export.csv", () -> "/api/indicators/export.csv", INDICATORS),
                new Endpoint("/api/indicators/export.xlsx", () -> "/api/indicators/export.xlsx", INDICATORS),
                new Endpoint("/api/ask", () -> "/api/ask", List.of("q")),
                new Endpoint("/api/benchmark", () -> "/api/benchmark", List.of("area", "q")),
                new Endpoint("/source/{id}", this::sourcePath, List.of("page")),
                new Endpoint("vaadin pages", this::vaadinPath, List.of("q", "municipality", "area", "id", "ids", "fy")),
                new Endpoint("vaadin init", () -> "/", List.of()),
                new Endpoint("unknown", this::unknownPath, List.of("q")),
                // administration: never a real document id to delete, so the corpus stays as it is
                new Endpoint("GET /api/admin/jobs", () -> "/api/admin/jobs" + pick(List.of("", "/" + pick(NASTY),
                        "/" + pick(SOURCE_TRICKS))), List.of("limit")),
                new Endpoint("GET /api/admin/documents", () -> "/api/admin/documents", List.of("limit", "offset")),
                new Endpoint("GET /api/admin/audit", () -> "/api/admin/audit", List.of("limit", "offset")),
                new Endpoint("DELETE /api/admin/documents/{id}", "DELETE",
                        () -> "/api/admin/documents/" + pick(SOURCE_TRICKS), List.of()),
                new Endpoint("POST /api/admin/uploads", "POST", () -> "/api/admin/uploads",
                        List.of("municipality", "prefecture", "planType", "title")),
                new Endpoint("POST /api/admin/reingest", "POST", () -> "/api/admin/reingest", List.of()));
    }

    List<Request> generate(int count) {
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            String query = endpoint.name().equals("vaadin init") ? vaadinInit() : query(endpoint.parameters());
            String path = endpoint.path().get();
            String accept = random.nextInt(4) == 0 ? "text/html,application/xhtml+xml,*/*;q=0.8" : "*/*";
            String authorization = path.startsWith("/api/admin") && random.nextInt(5) > 0 ? pick(CREDENTIALS) : null;
            requests.add(new Request(endpoint.name(), endpoint.method(), query.isEmpty() ? path : path + "?" + query,
                    accept, authorization));
        }
        return requests;
    }

    private String query(List<String> names) {
        StringJoiner query = new StringJoiner("&");
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(10) == 0 ? pick(List.of("x", "q[]", "limit[0]", "%zz", "", "__proto__"))
                    : pick(names.isEmpty() ? List.of("q") : names);
            int repeat = random.nextInt(8) == 0 ? 2 + random.nextInt(3) : 1;
            for (int r = 0; r < repeat; r++) {
                query.add(name + "=" + value(NUMERIC.contains(name)));
            }
        }
        return query.toString();
    }

    /** A parameter value, ready to send: encoded, except for the raw escapes mixed in on purpose. */
    private String value(boolean numeric) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> encode(numeric && random.nextBoolean() ? pick(NUMBERS) : pick(NASTY));
            case 3 -> encode(pick(NASTY)) + pick(RAW) + encode(pick(NASTY));
            case 4 -> encode(random.nextBoolean() ? "移住".repeat(1000 + random.nextInt(500))
                    : "a".repeat(2000 + random.nextInt(2000)));
            case 5, 6 -> encode(numeric ? pick(NUMBERS) : randomText());
            case 7 -> encode(String.valueOf(random.nextLong() >> random.nextInt(64)));
            case 8 -> encode(pick(NASTY) + " " + pick(NASTY) + pick(NASTY));
            default -> encode(randomText()) + (random.nextBoolean() ? pick(RAW) : "");
        };
    }

    /** Code points from every corner: controls, Latin, kana and kanji, surrogate-plane emoji, private use. */
    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int[] ranges = {0x00, 0x20, 0x20, 0x7f, 0x3040, 0x30ff, 0x4e00, 0x9fff, 0x1f600, 0x1f64f, 0xe000, 0xe0ff};
            int range = random.nextInt(ranges.length / 2) * 2;
            text.appendCodePoint(ranges[range] + random.nextInt(ranges[range + 1] - ranges[range] + 1));
        }
        return text.toString();
    }

    private String sourcePath() {
        return "/source/" + switch (random.nextInt(6)) {
            case 0 -> pick(documentIds);
            case 1 -> pick(neverIndexedIds);
            case 2 -> pick(documentIds) + pick(List.of("/..", "/../..", ";jsessionid=x", "%00", ".pdf", "%2f..", "/",
                    "%20", "#page=1"));
            case 3 -> encodePath(pick(absolutePaths));
            case 4 -> pick(absolutePaths).substring(1);
            default -> pick(SOURCE_TRICKS);
        };
    }

    private String vaadinPath() {
        return pick(List.of("/", "/indicators", "/indicators/compare", "/benchmark", "/indicators/" + pick(NASTY),
                "/" + encode(pick(NASTY)), "/VAADIN/" + pick(SOURCE_TRICKS), "/VAADIN/../../etc/passwd"));
    }

    /** What Vaadin's client asks right after the page loads: the route (with its parameters) to render. */
    private String vaadinInit() {
        String location = pick(List.of("", "indicators", "indicators/compare", "benchmark", "no-such-page"));
        return "v-r=init&location=" + encode(location) + "&query=" + encode(query(List.of("q", "municipality", "area",
                "id", "ids", "fy")));
    }

    private String unknownPath() {
        return pick(List.of("/api", "/api/", "/api/nope", "/api/search/", "/api/indicators/export.pdf", "/error",
                "/error/", "/error/4xx.html", "/actuator", "/api-docs", "/source", "/source/", "/WEB-INF/web.xml",
                "/META-INF/MANIFEST.MF", "/application.properties", "/./api/search", "//api//search", "/api/%2e%2e/"));
    }

    private String id(List<String> real) {
        return random.nextInt(3) == 0 ? pick(real) : pick(SOURCE_TRICKS);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Encoded but for the slashes, so that the path stays a path. */
    private static String encodePath(String path) {
        return encode(path).replace("%2F", "/");
    }
}
