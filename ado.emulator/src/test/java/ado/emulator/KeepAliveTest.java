package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The emulator keeps kept-alive connections open as long as a client may reuse them: idle ones longer than the JDK
 * client keeps them in its pool (and it says how long with {@code Keep-Alive: timeout}), and ones whose request body
 * an answer left unread, which {@code jdk.httpserver} would otherwise close after the answer without saying so.
 */
@Timeout(60)
class KeepAliveTest {

    @Test
    void started_idleIntervalOutlastsTheJdkClientsPool_andAnswersSayIt() throws Exception {
        try (AdoEmulator emulator = AdoEmulator.start()) {
            String idle = System.getProperty("sun.net.httpserver.idleInterval");
            long clientKeepAlive = Long.getLong("jdk.httpclient.keepalive.timeout", 1200);
            assertThat(idle).as("set by the emulator unless the build set it").isNotNull();
            assertThat(Long.parseLong(idle)).isGreaterThan(clientKeepAlive);
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isNotNull();

            HttpResponse<String> answer = Raw.HTTP.send(new Raw(emulator).request("/_apis/projects").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Keep-Alive")).contains("timeout=" + idle);
        }
    }

    @Test
    void writeRefusedBeforeItsLargeBodyWasRead_connectionStaysUsable() throws Exception {
        try (AdoEmulator emulator = AdoEmulator.start();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.url().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String target = emulator.url().getPath() + "/_apis/projects?api-version=7.1";
            byte[] body = new byte[300 * 1024];
            Arrays.fill(body, (byte) ' ');
            out.write(("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);   // no credentials: refused before the body is read
            out.flush();
            assertThat(readAnswer(in)).startsWith("HTTP/1.1 401");

            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + new Raw(emulator).basic()
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(readAnswer(in)).as("the same connection answers the next request").startsWith("HTTP/1.1 200");
        }
    }

    /** {@return the head of the next answer on {@code in}, its body (of {@code Content-Length}) read and dropped} */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int c; matched < 4 && (c = in.read()) >= 0; ) {
            head.write(c);
            matched = c == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : c == '\r' ? 1 : 0;
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).strip()));
            }
        }
        return text;
    }
}
