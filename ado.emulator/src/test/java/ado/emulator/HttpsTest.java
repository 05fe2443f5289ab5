package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.RetryPolicy;
import ado.core.auth.Credentials;
import ado.core.error.AdoException;
import ado.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The emulator over HTTPS with a certificate it made itself, as clients that insist on https need it. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HttpsTest {

    private static AdoEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = AdoEmulator.builder().httpsSelfSigned().start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void urls_areHttpsOnEveryListener() {
        assertThat(emulator.url().getScheme()).isEqualTo("https");
        for (AdoClient.Service s : List.of(AdoClient.Service.VSSPS, AdoClient.Service.VSAEX,
                AdoClient.Service.ALMSEARCH)) {
            assertThat(emulator.serviceUrl(s).getScheme()).as("%s", s).isEqualTo("https");
        }
    }

    @Test
    void adoClient_withTheEmulatorsSslContext_listsProjectsAndLinksAreHttps() {
        AdoClient client = AdoClient.builder().organization(emulator.url().toString())
                .credentials(Credentials.pat(emulator.pat())).sslContext(emulator.clientSslContext()).build();

        List<JsonObject> projects = client.api().apis("projects").get("7.1").asList(JsonObject.class);

        assertThat(projects).hasSize(2).allSatisfy(p ->
                assertThat(p.string("url").orElseThrow()).startsWith(emulator.url() + "/_apis/projects/"));
    }

    @Test
    void clientBuilder_trustsTheCertificate_onTheServiceListenersToo() {
        AdoClient client = emulator.client();

        JsonObject users = client.service(AdoClient.Service.VSSPS).apis("graph", "users").get("7.1-preview.1")
                .as(JsonObject.class);

        assertThat(users.get("value").toJson()).contains("Grace Hopper");
    }

    @Test
    void aClientWithTheDefaultTrust_refusesTheSelfSignedCertificate() {
        AdoClient trustingNothing = AdoClient.builder().organization(emulator.url().toString())
                .credentials(Credentials.pat(emulator.pat())).retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(() -> trustingNothing.api().apis("projects").get("7.1").as(JsonObject.class))
                .isInstanceOf(AdoException.class);
    }

    @Test
    void certificatePem_isOnePemCertificate() {
        String pem = emulator.certificatePem();

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        assertThat(pem.lines().filter(l -> !l.startsWith("-----"))).allSatisfy(l -> assertThat(l.length())
                .isLessThanOrEqualTo(64));
    }

    @Test
    void clientSslContext_onAPlainHttpEmulator_isRefused() {
        try (AdoEmulator plain = AdoEmulator.builder().seeded(false).start()) {
            assertThatThrownBy(plain::clientSslContext).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("httpsSelfSigned()");
            assertThatThrownBy(plain::certificatePem).isInstanceOf(IllegalStateException.class);
        }
    }
}
