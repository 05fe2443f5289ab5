package ado.emulator.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code jdk.httpserver} settings the emulator makes: set when the application left them unset, kept as the
 * application set them otherwise, and idle connections kept longer than the JDK client in the JVM keeps them.
 */
class ServerDefaultsTest {

    @Test
    void apply_nothingSet_setsNoDelayIdleIntervalPastTheClientsKeepAliveAndMaxIdle() {
        Properties properties = new Properties();

        ServerDefaults.apply(properties);

        assertThat(properties.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        assertThat(properties.getProperty("sun.net.httpserver.idleInterval")).isEqualTo("1260");
        assertThat(properties.getProperty("sun.net.httpserver.maxIdleConnections")).isEqualTo("1000");
        assertThat(ServerDefaults.idleSeconds(properties)).isEqualTo(1260).isGreaterThan(1200);
    }

    @Test
    void apply_applicationSetThem_keepsEveryValueAsSet() {
        Properties properties = new Properties();
        properties.setProperty("sun.net.httpserver.nodelay", "false");
        properties.setProperty("sun.net.httpserver.idleInterval", "5");
        properties.setProperty("sun.net.httpserver.maxIdleConnections", "7");

        ServerDefaults.apply(properties);

        assertThat(properties.getProperty("sun.net.httpserver.nodelay")).isEqualTo("false");
        assertThat(properties.getProperty("sun.net.httpserver.idleInterval")).isEqualTo("5");
        assertThat(properties.getProperty("sun.net.httpserver.maxIdleConnections")).isEqualTo("7");
        assertThat(ServerDefaults.idleSeconds(properties)).isEqualTo(5);
        assertThat(properties).hasSize(3);
    }

    @Test
    void apply_clientKeepAliveSet_idleIntervalOutlastsIt() {
        Properties properties = new Properties();
        properties.setProperty("jdk.httpclient.keepalive.timeout", "300");

        ServerDefaults.apply(properties);

        assertThat(properties.getProperty("sun.net.httpserver.idleInterval")).isEqualTo("360");
        assertThat(properties.getProperty("jdk.httpclient.keepalive.timeout")).isEqualTo("300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-4", "many"})
    void apply_clientKeepAliveUnusable_assumesTheJdk17Default(String value) {
        Properties properties = new Properties();
        properties.setProperty("jdk.httpclient.keepalive.timeout", value);

        ServerDefaults.apply(properties);

        assertThat(properties.getProperty("sun.net.httpserver.idleInterval")).isEqualTo("1260");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "soon"})
    void idleSeconds_unusableValue_isTheServersOwnDefaultAsTheJdkReadsIt(String value) {
        Properties properties = new Properties();
        properties.setProperty("sun.net.httpserver.idleInterval", value);

        assertThat(ServerDefaults.idleSeconds(properties)).isEqualTo(30);
        assertThat(ServerDefaults.idleSeconds(new Properties())).isEqualTo(30);
    }
}
