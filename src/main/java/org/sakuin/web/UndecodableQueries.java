package org.sakuin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string that does not decode ({@code %zz}, a lone {@code %}, bytes that are not UTF-8, a value without a
 * name) is the client's
 * mistake, answered with a 400 before anything reads it: problem JSON for the REST API, the error page for a browser.
 * Left to Tomcat, the first to read a parameter got an exception: the REST controllers answered it, but Vaadin and
 * {@code /source} failed with an error logged with its stack trace. Vaadin's client also sends the page's own address
 * as the parameters {@code location} and {@code query}, which Vaadin decodes once more and failed on with a 500: those
 * must decode twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UndecodableQueries extends OncePerRequestFilter {

    static final String REASON =
            "the address has a parameter that cannot be decoded (a % not followed by two hexadecimal digits?)";
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"" + REASON + "\"}";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (decodable(request.getQueryString()) && vaadinAddressDecodable(request)) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** Read from the query string alone: a parameter read from a form or an upload would consume its body. */
    private static boolean vaadinAddressDecodable(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || !query.contains("v-r=init")
                || Stream.of("location", "query").map(request::getParameter).allMatch(UndecodableQueries::decodable);
    }

    /**
     * Whether every percent escape is one, every run of them UTF-8, and every parameter has a name (Tomcat refuses
     * {@code =x}); null (no query at all) decodes.
     */
    static boolean decodable(String query) {
        if (query == null) {
            return true;
        }
        if (("&" + query).contains("&=")) {
            return false;
        }
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) != '%') {
                if (!utf8(escaped)) {
                    return false;
                }
                escaped.reset();
            } else if (i + 2 < query.length() && HexFormat.isHexDigit(query.charAt(i + 1))
                    && HexFormat.isHexDigit(query.charAt(i + 2))) {
                escaped.write(HexFormat.fromHexDigits(query, i + 1, i + 3));
                i += 2;
            } else {
                return false;
            }
        }
        return utf8(escaped);
    }

    private static boolean utf8(ByteArrayOutputStream bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
