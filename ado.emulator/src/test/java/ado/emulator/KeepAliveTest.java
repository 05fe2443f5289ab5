package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The emulator keeps idle kept-alive connections longer than the JDK client keeps them in its pool, so a client
 * never reuses one the emulator has just closed, and it says how long with {@code Keep-Alive: timeout}.
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
}
