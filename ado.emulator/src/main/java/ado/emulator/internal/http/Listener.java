package ado.emulator.internal.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/** Opens one of the emulator's loopback listeners: plain HTTP, or HTTPS with a TLS context. */
public final class Listener {

    private Listener() {
    }

    /** {@return an unstarted server on 127.0.0.1 {@code port} (0: any free port) that hands all to {@code handler}} */
    public static HttpServer open(int port, HttpHandler handler, Executor executor, SSLContext tls) {
        HttpServer s;
        var address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        try {
            if (tls != null) {
                HttpsServer https = HttpsServer.create(address, 64);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                s = https;
            } else {
                s = HttpServer.create(address, 64);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the emulator on port " + port, e);
        }
        s.setExecutor(executor);
        s.createContext("/", handler);
        return s;
    }
}
