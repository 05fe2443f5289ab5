package ado.emulator.internal.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * Byte ranges of downloads, as ADO's file, attachment, artifact and log endpoints serve them. A {@code 200} answer
 * to a GET that carries raw bytes (not JSON) gets {@code Accept-Ranges: bytes} and a strong {@code ETag} (a hash of
 * the bytes, unless the route set one). A single range ({@code Range: bytes=first-} or {@code bytes=first-last})
 * is answered {@code 206} with {@code Content-Range} and those bytes, or {@code 416} with
 * {@code Content-Range: bytes *}{@code /length} when it starts past the end. As RFC 9110 allows, an
 * {@code If-Range} that is not the {@code ETag} (a date included), several ranges, a suffix range or a malformed
 * header get the whole body.
 */
final class Ranges {

    private Ranges() {
    }

    /** {@return {@code reply}, as the answer to a GET with these {@code Range} and {@code If-Range} headers} */
    static Reply apply(String method, String range, String ifRange, Reply reply) {
        if (!method.equals("GET") || reply.status() != 200 || reply.body().length == 0
                || reply.contentType().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return reply;
        }
        String etag = reply.headers().get("ETag");
        if (etag == null) {
            etag = etag(reply.body());
            reply = reply.withHeader("ETag", etag);
        }
        reply = reply.withHeader("Accept-Ranges", "bytes");
        if (range == null || (ifRange != null && !ifRange.strip().equals(etag))) {
            return reply;
        }
        long[] span = parse(range);
        if (span == null) {
            return reply;
        }
        byte[] body = reply.body();
        var headers = new LinkedHashMap<>(reply.headers());
        if (span[0] >= body.length) {
            headers.put("Content-Range", "bytes */" + body.length);
            return new Reply(416, reply.contentType(), headers, new byte[0]);
        }
        int from = (int) span[0];
        int to = (int) Math.min(span[1], body.length - 1L);
        headers.put("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
        return new Reply(206, reply.contentType(), headers, Arrays.copyOfRange(body, from, to + 1));
    }

    /** {@return {first, last} of a single {@code bytes=first-[last]} range (last unbounded when absent), or null} */
    static long[] parse(String range) {
        String v = range.strip();
        if (!v.regionMatches(true, 0, "bytes=", 0, 6) || v.indexOf(',') >= 0) {
            return null;
        }
        int dash = v.indexOf('-', 6);
        if (dash <= 6) {
            return null; // no dash, or a suffix range (bytes=-n): served whole
        }
        try {
            long first = Long.parseLong(v.substring(6, dash).strip());
            String rest = v.substring(dash + 1).strip();
            long last = rest.isEmpty() ? Long.MAX_VALUE : Long.parseLong(rest);
            return first < 0 || last < first ? null : new long[] {first, last};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
