package ado.core.internal.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/**
 * What a client negotiates on each request it sends: the HTTP version of cleartext requests and whether it asks
 * for gzip. Immutable.
 *
 * <p>Why (measured in {@code benchmarks/RESULTS.md}, "Per-call path"): a JDK client that prefers HTTP/2 offers
 * an {@code h2c} upgrade ({@code Upgrade}, {@code HTTP2-Settings}) on <em>every</em> cleartext request, which no
 * Azure DevOps Server nor the emulator accepts, at 20-40 % of a small call's time on loopback; over TLS HTTP/2 is
 * negotiated by ALPN at no cost. Gzip makes a 1.1 MB answer 7-10x smaller and pays on any link slower than about
 * 0.6-1 Gbit/s (0.29x the time at 50 Mbit/s), but costs 2-3.6x on loopback, where no bandwidth is saved.
 *
 * @param http1OnCleartext send {@code http://} requests as HTTP/1.1 (no {@code h2c} upgrade attempt); false when the
 *                         caller chose the client or its version, which is then respected as is
 * @param gzip             when to send {@code Accept-Encoding: gzip}
 */
public record WireOptions(boolean http1OnCleartext, Gzip gzip) {

    /** The defaults: HTTP/1.1 on cleartext, gzip asked for except from loopback hosts. */
    public static final WireOptions DEFAULTS = new WireOptions(true, Gzip.EXCEPT_LOOPBACK);

    /** When requests ask for gzip. */
    public enum Gzip {
        /** Always. */
        ALWAYS,
        /** Never. */
        NEVER,
        /** Except from {@code localhost}, {@code 127.0.0.0/8} and {@code ::1}, where compressing only costs CPU. */
        EXCEPT_LOOPBACK
    }

    /** Requires a gzip choice. */
    public WireOptions {
        java.util.Objects.requireNonNull(gzip, "gzip == null");
    }

    /** {@return whether a request to {@code uri} asks for gzip} */
    public boolean asksGzip(URI uri) {
        return switch (gzip) {
            case ALWAYS -> true;
            case NEVER -> false;
            case EXCEPT_LOOPBACK -> uri.getHost() == null || !UrlRules.isLoopback(uri.getHost());
        };
    }

    /** Sets the version and {@code Accept-Encoding} of one request (one redirect hop) to {@code uri}. */
    void apply(HttpRequest.Builder request, URI uri) {
        if (http1OnCleartext && "http".equalsIgnoreCase(uri.getScheme())) {
            request.version(HttpClient.Version.HTTP_1_1);
        }
        if (asksGzip(uri)) {
            request.setHeader("Accept-Encoding", "gzip");
        }
    }
}
