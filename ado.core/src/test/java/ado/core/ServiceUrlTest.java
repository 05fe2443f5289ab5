package ado.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient.Service;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ServiceUrlTest {

    @Test
    void serviceUrl_cloudOrganisation_derivesEachHost() {
        AdoClient client = AdoClient.builder().organization("fabrikam").environment(n -> null).build();

        assertThat(client.serviceUrl(Service.VSSPS)).hasToString("https://vssps.dev.azure.com/fabrikam");
        assertThat(client.vsaex().uri()).hasToString("https://vsaex.dev.azure.com/fabrikam");
        assertThat(client.search().uri()).hasToString("https://almsearch.dev.azure.com/fabrikam");
        assertThat(client.releases().uri()).hasToString("https://vsrm.dev.azure.com/fabrikam");
    }

    @Test
    void serviceUrl_overridden_replacesOnlyThatService() {
        AdoClient client = AdoClient.builder().organization("fabrikam").environment(n -> null)
                .serviceUrl(Service.VSAEX, URI.create("https://proxy.example/vsaex/")).build();

        assertThat(client.vsaex().uri()).hasToString("https://proxy.example/vsaex");
        assertThat(client.vssps().uri()).hasToString("https://vssps.dev.azure.com/fabrikam");
    }

    @Test
    void serviceUrl_plainHttpToANonLoopbackHost_isRejected() {
        AdoClient.Builder b = AdoClient.builder();
        URI url = URI.create("http://vssps.example/fabrikam");

        assertThatThrownBy(() -> b.serviceUrl(Service.VSSPS, url))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serviceUrl must use https");
    }

    @Test
    void serviceUrl_nullService_isRejected() {
        assertThatThrownBy(() -> AdoClient.builder().serviceUrl(null, URI.create("https://a.example")))
                .isInstanceOf(NullPointerException.class).hasMessage("service == null");
    }

    @Test
    void serviceUrl_overriddenHost_receivesCredentials() {
        try (FakeServer org = FakeServer.start(); FakeServer vssps = FakeServer.start()) {
            vssps.enqueue(FakeServer.Reply.json(200, "{}"));
            AdoClient client = TestClients.builder(org).serviceUrl(Service.VSSPS, vssps.uri()).build();

            client.vssps().apis("identities").get("7.1").send();

            assertThat(vssps.request(0).header("Authorization")).startsWith("Basic ");
        }
    }

    @Test
    void host_unrelatedLoopbackOrigin_getsNoCredentials() {
        try (FakeServer org = FakeServer.start(); FakeServer vssps = FakeServer.start();
             FakeServer other = FakeServer.start()) {
            other.enqueue(FakeServer.Reply.json(200, "{}"));
            AdoClient client = TestClients.builder(org).serviceUrl(Service.VSSPS, vssps.uri()).build();

            client.host(other.uri()).apis("x").get("7.1").send();

            assertThat(other.request(0).header("Authorization")).isNull();
        }
    }

    @Test
    void serviceUrl_serverOrganisation_isTheOrganisationUrl() {
        AdoClient client = AdoClient.builder().organization("https://ado.example/DefaultCollection")
                .environment(n -> null).build();

        assertThat(client.serviceUrl(Service.VSSPS)).isEqualTo(client.organization());
        assertThat(client.serviceUrl(Service.ALMSEARCH)).isEqualTo(client.organization());
    }
}
