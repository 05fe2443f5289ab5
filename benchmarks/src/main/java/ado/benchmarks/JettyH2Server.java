package ado.benchmarks;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.spi.DelegatingThreadPool;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A {@code com.sun.net.httpserver.HttpsServer} on Jetty 12 (through {@code jetty-http-spi}) that speaks HTTP/2:
 * over TLS its connector offers {@code h2} and {@code http/1.1} by ALPN (HTTP/1.1 for a client that offers nothing
 * else); in cleartext it speaks HTTP/1.1 only. Handlers written for the JDK's server run on it unchanged. Unlike
 * {@code jetty-http-spi}'s own provider it binds its port when created (the JDK's server does, and the emulator
 * reads the port before it starts its listeners) and takes the TLS context from the {@link HttpsConfigurator} set
 * before {@link #start()}. Every connection it accepts and every request it handles is counted in a
 * {@link Traffic}.
 */
final class JettyH2Server extends JettyHttpServer {

    private final ServerConnector connector;
    private final SslContextFactory.Server ssl;
    private final Traffic traffic;

    /**
     * Creates and binds (without starting) a server.
     *
     * @param address    where to listen (port 0: any free port)
     * @param backlog    the accept queue length (0: the default)
     * @param tls        TLS with ALPN ({@code h2}, {@code http/1.1}); otherwise cleartext HTTP/1.1
     * @param maxStreams {@code SETTINGS_MAX_CONCURRENT_STREAMS} announced to HTTP/2 clients
     * @param traffic    where connections and requests are counted
     * @throws IOException if the port cannot be bound
     */
    JettyH2Server(InetSocketAddress address, int backlog, boolean tls, int maxStreams, Traffic traffic)
            throws IOException {
        super(newServer(), false);
        this.traffic = traffic;
        HttpConfiguration config = getHttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendDateHeader(true);
        var http1 = new HttpConnectionFactory(config);
        Server server = getServer();
        if (tls) {
            var secure = new SecureRequestCustomizer();
            secure.setSniHostCheck(false); // the clients connect to 127.0.0.1 and send no SNI
            config.addCustomizer(secure);
            var http2 = new HTTP2ServerConnectionFactory(config);
            http2.setMaxConcurrentStreams(maxStreams);
            var alpn = new ALPNServerConnectionFactory("h2", "http/1.1");
            alpn.setDefaultProtocol(http1.getProtocol());
            ssl = new SslContextFactory.Server();
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, alpn.getProtocol()), alpn, http2,
                    http1);
        } else {
            ssl = null;
            connector = new ServerConnector(server, http1);
        }
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        if (backlog > 0) {
            connector.setAcceptQueueSize(backlog);
        }
        connector.addBean(new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                // one per TCP connection: TLS, ALPN and HTTP/2 connections above it sit on decrypted end points
                if (connection.getEndPoint() instanceof SocketChannelEndPoint) {
                    traffic.connectionOpened();
                }
            }
        });
        server.addConnector(connector);
        connector.open();
        super.bind(address, backlog); // finds the connector bound above: records the address only
    }

    private static Server newServer() {
        // DelegatingThreadPool: setExecutor hands the caller's executor to Jetty, as the JDK's server runs handlers
        var server = new Server(new DelegatingThreadPool(new QueuedThreadPool()));
        server.setHandler(new ContextHandlerCollection(true));
        return server;
    }

    @Override
    public InetSocketAddress getAddress() {
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    @Override
    public void setHttpsConfigurator(HttpsConfigurator configurator) {
        if (ssl == null) {
            throw new IllegalStateException("a cleartext server takes no HttpsConfigurator");
        }
        super.setHttpsConfigurator(configurator);
        ssl.setSslContext(configurator.getSSLContext());
    }

    /** Hands {@code executor} to Jetty's thread pool; unlike the super class, does not start the server. */
    @Override
    public void setExecutor(Executor executor) {
        if (executor == null) {
            throw new IllegalArgumentException("executor == null");
        }
        if (getServer().isRunning()) {
            throw new IllegalStateException("the server is already running");
        }
        ((DelegatingThreadPool) getServer().getThreadPool()).setExecutor(executor);
    }

    @Override
    public void start() {
        if (ssl != null && getHttpsConfigurator() == null) {
            throw new IllegalStateException("a TLS server needs an HttpsConfigurator before it starts");
        }
        super.start();
    }

    @Override
    public HttpContext createContext(String path, HttpHandler handler) {
        return super.createContext(path, handler == null ? null : traffic.count(handler));
    }
}
