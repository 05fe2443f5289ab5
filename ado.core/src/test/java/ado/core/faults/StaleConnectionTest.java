package ado.core.faults;

import static ado.core.faults.FaultClients.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.core.error.AdoOutcomeUnknownException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A kept-alive HTTP/1.1 connection the server closes just as the client reuses it (as {@code jdk.httpserver} does
 * after {@code sun.net.httpserver.idleInterval}, and load balancers after theirs). Made deterministic with a raw
 * socket server that answers a first request with keep-alive, then closes that connection either as the next
 * request's bytes arrive (not reading them) or right after reading them (not answering). Both look the same to the
 * client: the JDK fails the exchange with "HTTP/1.1 header parser received no bytes" and resends only GET and HEAD
 * itself. Contract: no write is applied twice, none is lost silently.
 */
@Timeout(60)
class StaleConnectionTest {

    /** How the server ends the first connection when the second request comes. */
    enum Close {
        /** As the request's bytes arrive, without reading them: the server never saw it. */
        ON_ARRIVAL,
        /** After reading the whole request, without answering: the server may have applied it. */
        AFTER_READING
    }

    private StaleServer server;
    private AdoClient client;

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void start(Close close) throws IOException {
        server = new StaleServer(close);
        client = AdoClient.builder().organization(URI.create("http://127.0.0.1:" + server.port() + "/org"))
                .credentials(Credentials.pat("patSTALE0815doNotLeak")).environment(name -> null)
                .retryPolicy(FaultClients.fastRetries().build()).requestTimeout(Duration.ofSeconds(20)).build();
        assertThat(request(client, "GET").send().status()).isEqualTo(200); // the connection the client keeps
    }

    @ParameterizedTest
    @EnumSource(Close.class)
    void get_onStaleConnection_succeedsOnANewConnectionWithOneResend(Close close) throws IOException {
        start(close);

        assertThat(request(client, "GET").send().status()).isEqualTo(200);

        assertThat(server.connections()).isEqualTo(2);
        assertThat(server.readOn(2)).containsExactly("GET");
        assertThat(server.readOn(1)).containsExactly(close == Close.ON_ARRIVAL ? new String[] {"GET"}
                : new String[] {"GET", "GET"});
    }

    @ParameterizedTest
    @EnumSource(Close.class)
    void post_onStaleConnection_isOutcomeUnknownAndNotResent(Close close) throws IOException {
        start(close);

        assertThatThrownBy(() -> request(client, "POST").send())
                .isExactlyInstanceOf(AdoOutcomeUnknownException.class)
                .hasMessageContaining("POST http://127.0.0.1:" + server.port())
                .hasMessageContaining("the connection closed before any answer arrived")
                .hasMessageContaining("may have applied it or may never have read it")
                .hasMessageContaining("was not sent again")
                .hasMessageNotContaining("patSTALE0815doNotLeak");

        assertThat(server.connections()).as("no new connection: the POST was not resent").isEqualTo(1);
        assertThat(server.readOn(1)).containsExactly(close == Close.ON_ARRIVAL ? new String[] {"GET"}
                : new String[] {"GET", "POST"});
    }

    @ParameterizedTest
    @EnumSource(Close.class)
    void resendSafePost_onStaleConnection_isResentExactlyOnce(Close close) throws IOException {
        start(close);

        assertThat(request(client, "POST").resendSafe().send().status()).isEqualTo(200);

        assertThat(server.connections()).isEqualTo(2);
        assertThat(server.readOn(2)).containsExactly("POST");
    }

    @Test
    void delete_onStaleConnectionClosedAfterReading_isOutcomeUnknownAndSeenOnce() throws IOException {
        start(Close.AFTER_READING);

        assertThatThrownBy(() -> request(client, "DELETE").send())
                .isExactlyInstanceOf(AdoOutcomeUnknownException.class)
                .satisfies(e -> assertThat(((AdoOutcomeUnknownException) e).method()).isEqualTo("DELETE"));
        assertThat(server.readOn(1)).containsExactly("GET", "DELETE");
        assertThat(server.connections()).isEqualTo(1);
    }

    /**
     * Answers the first request of the first connection with keep-alive, then ends that connection as {@link Close}
     * says; every later connection answers every request with 200.
     */
    static final class StaleServer implements AutoCloseable {

        private static final byte[] OK = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 8\r\n"
                + "\r\n{\"id\":1}").getBytes(StandardCharsets.US_ASCII);

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        private final Close close;
        private final AtomicInteger connections = new AtomicInteger();
        private final List<List<String>> read = Collections.synchronizedList(new ArrayList<>());
        private final Thread acceptor;

        StaleServer(Close close) throws IOException {
            this.close = close;
            acceptor = new Thread(this::accept, "stale-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        /** {@return the methods of the requests read whole on connection {@code n} (from 1)} */
        List<String> readOn(int n) {
            synchronized (read) {
                return n <= read.size() ? List.copyOf(read.get(n - 1)) : List.of();
            }
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    int n = connections.incrementAndGet();
                    List<String> methods = Collections.synchronizedList(new ArrayList<>());
                    read.add(methods);
                    Thread t = new Thread(() -> serve(s, n, methods), "stale-server-" + n);
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket s, int n, List<String> methods) {
            try (s) {
                s.setSoTimeout(30_000);
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                for (int answered = 0; ; answered++) {
                    if (n == 1 && answered == 1) {
                        if (close == Close.ON_ARRIVAL) {
                            awaitBytes(in);   // closed with unread bytes: the peer gets a reset
                        } else {
                            String method = readRequest(in);
                            if (method != null) {
                                methods.add(method);
                            }
                        }
                        return;
                    }
                    String method = readRequest(in);
                    if (method == null) {
                        return;
                    }
                    methods.add(method);
                    out.write(OK);
                    out.flush();
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private static void awaitBytes(InputStream in) throws IOException {
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (in.available() == 0 && System.nanoTime() < until) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /** {@return the method of the request read whole (head and Content-Length body), or null at its end} */
        private static String readRequest(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            try {
                for (int c; (c = in.read()) >= 0; ) {
                    head.append((char) c);
                    if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (head.indexOf("\r\n\r\n") < 0) {
                return null;
            }
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    in.readNBytes(Integer.parseInt(line.substring(15).strip()));
                }
            }
            return head.substring(0, head.indexOf(" "));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
