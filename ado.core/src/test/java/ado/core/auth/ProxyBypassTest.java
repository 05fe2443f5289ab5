package ado.core.auth;

import static ado.core.auth.Flows.CLIENT;
import static ado.core.auth.Flows.IMDS_PATH;
import static ado.core.auth.Flows.NOW;
import static ado.core.auth.Flows.SECRET;
import static ado.core.auth.Flows.TENANT;
import static ado.core.auth.Flows.TOKEN;
import static ado.core.auth.Flows.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.TokenServer.Reply;
import ado.core.error.AdoTransportException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With a JVM-wide proxy that cannot be reached, Entra requests use it and managed identity bypasses it. */
class ProxyBypassTest {

    private final TokenServer server = TokenServer.start();
    private ProxySelector saved;
    private EntraTokens flows;

    @BeforeEach
    void deadProxy() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        saved = ProxySelector.getDefault();
        ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress("127.0.0.1", closedPort)));
        server.route(TOKEN_PATH, r -> Reply.token(TOKEN, 3599)).route(IMDS_PATH, r -> Reply.json(200,
                "{\"access_token\":\"" + TOKEN + "\",\"expires_on\":\"" + (NOW.getEpochSecond() + 60) + "\"}"));
        flows = Flows.against(server, Map.of()).build();
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(saved);
        server.close();
    }

    @Test
    void managedIdentity_jvmProxySet_bypassesProxy() {
        assertThat(flows.managedIdentity().fetchToken().token()).isEqualTo(TOKEN);
    }

    @Test
    void clientSecret_jvmProxySet_goesThroughProxy() {
        var flow = flows.clientSecret(TENANT, CLIENT, SECRET);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoTransportException.class)
                .hasMessageStartingWith("client-secret: ");
        assertThat(server.requests(TOKEN_PATH)).isEmpty();
    }
}
