package ado.emulator.internal.http;

import java.util.Properties;

/**
 * The {@code jdk.httpserver} settings the emulator needs, each set only when the application has not set it. The
 * JDK reads them once, from system properties, when the first server of the JVM is created
 * ({@code sun.net.httpserver.ServerConfig}), so {@code AdoEmulator} applies them as it loads.
 *
 * <ul>
 *   <li>{@code sun.net.httpserver.nodelay=true}: the server writes headers and body separately; without
 *       {@code TCP_NODELAY} every small answer waits for the client's delayed ACK (about 40 ms).
 *   <li>{@code sun.net.httpserver.idleInterval}: the server closes a kept-alive connection idle for 30 s by
 *       default, but the JDK 17 {@code HttpClient} keeps idle connections for 1,200 s
 *       ({@code jdk.httpclient.keepalive.timeout}; JDK 25: 30 s, the same as the server, so still a race) and does
 *       not read a {@code Keep-Alive: timeout} header. When the server closes one just as the client reuses it,
 *       the client's request fails before any answer; the JDK resends a GET, but a write then has an unknown
 *       outcome. So the emulator keeps idle connections {@value #MARGIN_SECONDS} s longer than the client in the
 *       same JVM does (its {@code jdk.httpclient.keepalive.timeout}, else 1,200 s).
 *   <li>{@code sun.net.httpserver.maxIdleConnections}: past this many idle connections (200 by default) the server
 *       closes each connection right after its answer, without {@code Connection: close}, the same race for the
 *       next request on it; the emulator allows {@value #MAX_IDLE}.
 * </ul>
 */
public final class ServerDefaults {

    static final String NO_DELAY = "sun.net.httpserver.nodelay";
    static final String IDLE_INTERVAL = "sun.net.httpserver.idleInterval";
    static final String MAX_IDLE_CONNECTIONS = "sun.net.httpserver.maxIdleConnections";
    static final String CLIENT_KEEP_ALIVE = "jdk.httpclient.keepalive.timeout";
    /** The JDK 17 client's default keep-alive of idle connections, in seconds. */
    static final long CLIENT_KEEP_ALIVE_DEFAULT = 1200;
    /** How much longer than the client the emulator keeps an idle connection, in seconds. */
    static final long MARGIN_SECONDS = 60;
    static final int MAX_IDLE = 1000;
    /** The JDK server's own default idle interval, in seconds. */
    private static final long SERVER_IDLE_DEFAULT = 30;

    private ServerDefaults() {
    }

    /** Sets in {@code properties} (the system properties) each setting the application has not set. */
    public static void apply(Properties properties) {
        setIfAbsent(properties, NO_DELAY, "true");
        setIfAbsent(properties, IDLE_INTERVAL, Long.toString(positive(properties, CLIENT_KEEP_ALIVE,
                CLIENT_KEEP_ALIVE_DEFAULT) + MARGIN_SECONDS));
        setIfAbsent(properties, MAX_IDLE_CONNECTIONS, Integer.toString(MAX_IDLE));
    }

    /**
     * {@return the seconds an idle connection stays open, as the JDK server reads {@code properties}}: for the
     * {@code Keep-Alive: timeout} hint the emulator sends to clients that read it
     */
    public static long idleSeconds(Properties properties) {
        return positive(properties, IDLE_INTERVAL, SERVER_IDLE_DEFAULT);
    }

    private static void setIfAbsent(Properties properties, String name, String value) {
        if (properties.getProperty(name) == null) {
            properties.setProperty(name, value);
        }
    }

    /** The value of {@code name} in seconds when it is a positive number, else {@code otherwise}, as the JDK reads. */
    private static long positive(Properties properties, String name, long otherwise) {
        try {
            long value = Long.decode(properties.getProperty(name, ""));   // as Long.getLong, which the JDK uses
            return value > 0 ? value : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
