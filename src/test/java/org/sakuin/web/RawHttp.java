package org.sakuin.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A GET sent as raw bytes to a server on 127.0.0.1: {@code java.net.URI} and the JDK's client refuse to send what a
 * hostile client would ({@code %zz}, bytes that are not UTF-8, {@code ..;/}), so the request line is written by hand.
 */
final class RawHttp {

    /** The status, the head and the body (de-chunked), decoded as UTF-8. */
    record Reply(int status, String head, String body) {
    }

    private static final int TIMEOUT_MILLIS = 60_000;

    private RawHttp() {
    }

    /** {@code target} is sent as it is, each char as one byte (ISO-8859-1), so it may hold any byte. */
    static Reply get(int port, String target, String accept) throws IOException {
        return send(port, "GET", target, accept, null);
    }

    /** A request without a body, with an {@code Authorization} header unless it is null. */
    static Reply send(int port, String method, String target, String accept, String authorization)
            throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            String credentials = authorization == null ? "" : "Authorization: " + authorization + "\r\n";
            String body = method.equals("GET") ? "" : "Content-Length: 0\r\n";
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept + "\r\n"
                    + credentials + body + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Reply parse(byte[] response) throws IOException {
        String all = new String(response, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (!all.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("not an HTTP response: " + all.substring(0, Math.min(200, all.length())));
        }
        String head = all.substring(0, end);
        int status = Integer.parseInt(head.substring(9, 12));
        byte[] body = Arrays.copyOfRange(response, end + 4, response.length);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Reply(status, head, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
