package ado.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.core.internal.http.LazyDefaultTls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Provider;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The TLS context ado.core gives its HTTP client for an {@code http://} organisation: no trust store is loaded until
 * a request needs TLS, and then certificates are checked by the default context exactly as without it.
 */
@Timeout(60)
class LazyDefaultTlsTest {

    private final RecordingServer http = RecordingServer.http()
            .handle(seen -> RecordingServer.Answer.json(200, "{\"count\":0,\"value\":[]}"));
    private final RecordingServer https = RecordingServer.https()
            .handle(seen -> RecordingServer.Answer.json(200, "{\"count\":0,\"value\":[]}"));

    @AfterEach
    void stop() {
        http.close();
        https.close();
    }

    private static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(20)).build();
    }

    private static int get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri.resolve("/org/_apis/projects")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Supplier<SSLContext> counting(AtomicInteger calls, Supplier<SSLContext> real) {
        return () -> {
            calls.incrementAndGet();
            return real.get();
        };
    }

    @Test
    void lazyContext_cleartextOnly_neverFetchesTheDefaultContext() throws Exception {
        var calls = new AtomicInteger();
        SSLContext tls = LazyDefaultTls.create(counting(calls, SelfSignedTls::client));

        assertThat(get(client(tls), http.uri())).isEqualTo(200);
        assertThat(get(client(tls), http.uri())).isEqualTo(200);

        assertThat(calls).hasValue(0);
        assertThat(LazyDefaultTls.deferred(tls)).isTrue();
    }

    @Test
    void lazyContext_firstTlsRequest_fetchesTheRealContextOnce_andItsTrustDecides() throws Exception {
        var calls = new AtomicInteger();
        SSLContext tls = LazyDefaultTls.create(counting(calls, SelfSignedTls::client));
        HttpClient client = client(tls);

        assertThat(get(client, https.uri())).isEqualTo(200);
        assertThat(get(client(tls), https.uri())).isEqualTo(200);

        assertThat(calls).hasValue(1);
        assertThat(LazyDefaultTls.deferred(tls)).isFalse();
        assertThat(https.requests()).hasSize(2);
    }

    @Test
    void lazyContext_untrustedCertificate_isRefusedAsByTheDefaultContext() {
        // The JVM's default trust store does not hold the test's self-signed certificate.
        HttpClient client = client(LazyDefaultTls.create());

        assertThatThrownBy(() -> get(client, https.uri())).isInstanceOf(SSLHandshakeException.class);
        assertThat(https.requests()).isEmpty();
    }

    @Test
    void lazyContext_defaultParameters_equalTheJvmDefaultContexts() throws Exception {
        SSLParameters lazy = LazyDefaultTls.create().getDefaultSSLParameters();
        SSLParameters real = SSLContext.getDefault().getDefaultSSLParameters();

        assertThat(lazy.getProtocols()).containsExactly(real.getProtocols());
        assertThat(lazy.getCipherSuites()).containsExactly(real.getCipherSuites());
        assertThat(lazy.getApplicationProtocols()).containsExactly(real.getApplicationProtocols());
        assertThat(lazy.getEndpointIdentificationAlgorithm()).isEqualTo(real.getEndpointIdentificationAlgorithm());
        assertThat(lazy.getUseCipherSuitesOrder()).isEqualTo(real.getUseCipherSuitesOrder());
        assertThat(lazy.getMaximumPacketSize()).isEqualTo(real.getMaximumPacketSize());
        assertThat(Arrays.asList(LazyDefaultTls.create().getSupportedSSLParameters().getProtocols()))
                .containsExactlyElementsOf(Arrays.asList(SSLContext.getDefault().getSupportedSSLParameters()
                        .getProtocols()));
        // HTTP/2 over TLS is only offered when TLS 1.2 or 1.3 is among the client's protocols.
        assertThat(lazy.getProtocols()).contains("TLSv1.3", "TLSv1.2");
    }

    @Test
    void lazyContext_defaultFromAnotherImplementation_failsTheTlsRequestNamingIt() throws Exception {
        SSLContext sunJsse = SSLContext.getDefault();
        SSLContext other = new SSLContext(null, new Provider("OtherJsse", "1", "a test provider") { }, "TLS") { };
        HttpClient client = client(LazyDefaultTls.create(() -> other));

        assertThatThrownBy(() -> get(client, https.uri()))
                .rootCause().hasMessageContaining("OtherJsse").hasMessageContaining(sunJsse.getProvider().getName())
                .hasMessageContaining("sslContext");
    }

    @Test
    void lazyContext_engineInit_isRefused() {
        assertThatThrownBy(() -> LazyDefaultTls.create().init(null, null, null))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void adoClient_httpOrganisation_getsTheDeferredContext_httpsOrganisationTheDefault() throws Exception {
        try (AdoClient cleartext = AdoClient.builder().organization(http.uri().resolve("/org"))
                .credentials(Credentials.anonymous()).environment(name -> null).build()) {
            assertThat(cleartext.api().apis("projects").get("7.1").send().status()).isEqualTo(200);
            assertThat(LazyDefaultTls.deferred(cleartext.httpClient().sslContext())).isTrue();
        }
        try (AdoClient tls = AdoClient.builder().organization(URI.create("https://dev.azure.com/fabrikam"))
                .credentials(Credentials.anonymous()).environment(name -> null).build()) {
            assertThat(tls.httpClient().sslContext()).isSameAs(SSLContext.getDefault());
        }
        SSLContext given = SelfSignedTls.client();
        try (AdoClient chosen = AdoClient.builder().organization(http.uri().resolve("/org"))
                .credentials(Credentials.anonymous()).environment(name -> null).sslContext(given).build()) {
            assertThat(chosen.httpClient().sslContext()).isSameAs(given);
        }
    }
}
