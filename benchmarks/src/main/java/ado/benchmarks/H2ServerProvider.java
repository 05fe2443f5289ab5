package ado.benchmarks;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The {@code com.sun.net.httpserver} provider of a process whose {@code HttpServer.create} and
 * {@code HttpsServer.create} must give {@link JettyH2Server}s (HTTP/2 over TLS): chosen by starting the JVM with
 * {@code -Dcom.sun.net.httpserver.HttpServerProvider=ado.benchmarks.H2ServerProvider}, so that code written for the
 * JDK's server (the emulator's listeners) runs on Jetty unchanged. All servers of the process count into
 * {@link #TRAFFIC}. {@code -Dado.bench.maxStreams=n} sets the HTTP/2 {@code SETTINGS_MAX_CONCURRENT_STREAMS}
 * (default 128, Jetty's).
 *
 * <p>{@code jetty-http-spi} registers its own provider as a service; the shaded jar leaves that registration out, and
 * processes that must run the JDK's server pin it with {@link #JDK} (see {@link UserServer}).
 */
public final class H2ServerProvider extends HttpServerProvider {

    /** The system property that selects the provider of {@code com.sun.net.httpserver}. */
    static final String PROPERTY = "com.sun.net.httpserver.HttpServerProvider";
    /** The JDK's own provider, for {@link #PROPERTY}. */
    static final String JDK = "sun.net.httpserver.DefaultHttpServerProvider";
    /** HTTP/2 streams a client may open at once on one connection unless {@code ado.bench.maxStreams} says. */
    static final int DEFAULT_MAX_STREAMS = 128;
    /** What every server of this provider saw in this process. */
    static final Traffic TRAFFIC = new Traffic(false);

    /** Creates the provider (the JDK does, by name). */
    public H2ServerProvider() {
    }

    private static int maxStreams() {
        return Integer.getInteger("ado.bench.maxStreams", DEFAULT_MAX_STREAMS);
    }

    @Override
    public HttpServer createHttpServer(InetSocketAddress address, int backlog) throws IOException {
        return new JettyH2Server(address, backlog, false, maxStreams(), TRAFFIC);
    }

    @Override
    public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) throws IOException {
        return new JettyH2Server(address, backlog, true, maxStreams(), TRAFFIC);
    }
}
