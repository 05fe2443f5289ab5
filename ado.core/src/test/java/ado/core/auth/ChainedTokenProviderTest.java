package ado.core.auth;

import static ado.core.auth.Flows.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoTransportException;
import ado.core.spi.AccessTokenProvider;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChainedTokenProviderTest {

    /** A flow that fails with {@code failure} or answers a token; counts fetches. */
    private static final class Step implements AccessTokenProvider {
        final String name;
        final RuntimeException failure;
        final AtomicInteger fetches = new AtomicInteger();

        Step(String name, RuntimeException failure) {
            this.name = name;
            this.failure = failure;
        }

        @Override
        public AccessToken fetchToken() {
            fetches.incrementAndGet();
            if (failure != null) {
                throw failure;
            }
            return new AccessToken(name + "-token", NOW.plusSeconds(3600));
        }

        @Override
        public String name() {
            return name;
        }
    }

    @Test
    void chain_firstFlowNotSetUp_usesNext() {
        var first = new Step("first", new AdoConfigurationException("first: not set up"));
        var second = new Step("second", null);

        AccessToken token = ChainedTokenProvider.of("test", List.of(first, second)).fetchToken();

        assertThat(token.token()).isEqualTo("second-token");
    }

    @Test
    void chain_flowChosen_laterFetchesSkipEarlierFlows() {
        var first = new Step("first", new AdoTransportException("first: unreachable", null));
        var second = new Step("second", null);
        var chain = ChainedTokenProvider.of("test", List.of(first, second));
        chain.fetchToken();

        chain.fetchToken();

        assertThat(first.fetches).hasValue(1);
        assertThat(second.fetches).hasValue(2);
        assertThat(chain.name()).isEqualTo("second");
    }

    @Test
    void chain_noFlowWorks_listsEveryReasonInOrder() {
        var chain = ChainedTokenProvider.of("test", List.of(
                new Step("a", new AdoConfigurationException("a: variable A is not set")),
                new Step("b", new AdoTransportException("b: cannot connect", null))));

        assertThatThrownBy(chain::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("No token flow of the test chain worked; tried in order:\n  - a: variable A is not set"
                        + "\n  - b: cannot connect");
    }

    @Test
    void chain_unexpectedBug_propagatesUnchanged() {
        var bug = new IllegalStateException("bug");
        var chain = ChainedTokenProvider.of("test", List.of(new Step("a", bug), new Step("b", null)));

        assertThatThrownBy(chain::fetchToken).isSameAs(bug);
    }

    @Test
    void chain_empty_rejected() {
        assertThatThrownBy(() -> ChainedTokenProvider.of("test", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("flows must not be empty");
    }

    @Test
    void defaultChain_nothingAvailable_explainsEachFlow() throws Exception {
        URI closed;
        try (var socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        var chain = EntraTokens.builder().environment(Map.<String, String>of()::get).imdsEndpoint(closed)
                .commandRunner((command, timeout) -> {
                    throw new java.io.IOException("Cannot run program \"az\"");
                }).build().defaultChain();

        assertThatThrownBy(chain::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessageContaining("\n  - client-secret: environment variables AZURE_TENANT_ID, AZURE_CLIENT_ID,"
                        + " AZURE_CLIENT_SECRET are not set\n  - workload-identity: environment variables "
                        + "AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_FEDERATED_TOKEN_FILE are not set\n  - "
                        + "managed-identity (IMDS): cannot connect to " + closed)
                .hasMessageEndingWith("\n  - azure-cli: the Azure CLI (az) is not installed or not on the PATH "
                        + "(IOException)");
    }

    @Test
    void defaultChain_order_isDocumentedOrder() {
        var chain = EntraTokens.builder().environment(n -> null).build().defaultChain();

        assertThat(chain.flows()).extracting(AccessTokenProvider::name)
                .containsExactly("client-secret", "workload-identity", "managed-identity", "azure-cli");
    }
}
