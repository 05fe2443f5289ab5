package ado.core;

import java.util.Locale;

/**
 * How much of each HTTP exchange the client writes to the {@link System.Logger} {@code ado.core.http.wire}, at
 * level {@code INFO} (so it shows with the JDK's default logging configuration once chosen). Off by default; set
 * with {@link AdoClient.Builder#httpLog(HttpLogLevel)}, the system property {@code ado4j.httpLog} or the
 * environment variable {@code ADO4J_HTTP_LOG} (values {@code none}, {@code basic}, {@code headers},
 * {@code bodies}, in any case). Every level redacts secrets: see {@code docs/logging.md}.
 */
public enum HttpLogLevel {

    /** Nothing is logged. */
    NONE,

    /** One line per attempt: method, redacted URL, status, duration, call id, attempt, request and response sizes. */
    BASIC,

    /** {@link #BASIC} plus the request headers as sent and the response headers, secrets masked. */
    HEADERS,

    /**
     * {@link #HEADERS} plus text bodies (JSON, XML, {@code text/*}) up to a limit
     * ({@link AdoClient.Builder#httpLogBodyLimit(int)}), secrets masked; other bodies are summarised by type and
     * size, never buffered for the log.
     */
    BODIES;

    /**
     * {@return the level named {@code text} ({@code none}, {@code basic}, {@code headers}, {@code bodies}, in any
     * case, surrounding blanks ignored)}
     *
     * @param text the name of a level
     * @throws IllegalArgumentException if {@code text} names no level; the message lists the names
     */
    public static HttpLogLevel parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (HttpLogLevel level : values()) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        throw new IllegalArgumentException("HTTP log level must be one of none, basic, headers, bodies: \""
                + (text == null ? "null" : text.strip()) + "\"");
    }
}
