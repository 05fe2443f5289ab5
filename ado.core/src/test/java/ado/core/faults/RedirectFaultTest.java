package ado.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.Body;
import ado.core.RetryPolicy;
import ado.core.auth.Credentials;
import ado.core.error.AdoTransportException;
import ado.core.faults.RecordingServer.Answer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Redirects as a hostile or misconfigured server sends them: https to http, bodies and custom headers to another
 * origin, user info and non-loopback http targets. What must hold: nothing is sent to a refused target, the error
 * is an {@link AdoTransportException} naming both origins and no secret, and no refused redirect is retried.
 */
@Timeout(60)
class RedirectFaultTest {

    private static final String PAT = "redirectPATcanary4711";
    private static final String API_KEY = "redirectAPIKEYcanary0815";

    private final RecordingServer tls = RecordingServer.https();
    private final RecordingServer otherTls = RecordingServer.https();
    private final RecordingServer plain = RecordingServer.http();

    @AfterEach
    void stop() {
        tls.close();
        otherTls.close();
        plain.close();
    }

    private static AdoClient client(RecordingServer server) {
        return AdoClient.builder().organization(URI.create(server.uri() + "/org")).environment(n -> null)
                .credentials(Credentials.pat(PAT)).sslContext(SelfSignedTls.client())
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(10))
                        .maxDelay(Duration.ofMillis(20)).jitter(false).build())
                .requestTimeout(Duration.ofSeconds(20)).build();
    }

    private static void secretPost(AdoClient client) {
        client.api().apis("distributedtask", "variablegroups").post("7.1").header("X-Api-Key", API_KEY)
                .body(Body.json(java.util.Map.of("secret", "s3cr3t-variable-value"))).send();
    }

    @Test
    void httpsTo307Http_withBody_refusedAndNothingSentToTheHttpHost() {
        tls.handle(r -> Answer.redirect(307, plain.uri() + "/steal?sig=sigCANARY999"));

        assertThatThrownBy(() -> secretPost(client(tls)))
                .isExactlyInstanceOf(AdoTransportException.class)
                .hasMessageContaining("from " + tls.origin())
                .hasMessageContaining("to " + plain.origin())
                .hasMessageContaining("downgrade https to http")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PAT, API_KEY, "sigCANARY999"));
        assertThat(plain.requests()).isEmpty();
        assertThat(tls.requests()).hasSize(1);
    }

    @Test
    void httpsTo302Http_getOnLoopback_refused() {
        tls.handle(r -> Answer.redirect(302, plain.uri() + "/org/moved"));

        assertThatThrownBy(() -> client(tls).api().get("7.1").send())
                .isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("Refused to follow the redirect (302) of GET " + tls.uri() + "/org")
                .hasMessageContaining("to " + plain.origin());
        assertThat(plain.requests()).isEmpty();
    }

    @Test
    void httpsToHttps_otherOrigin_307WithBody_refusedNamingBothOrigins() {
        tls.handle(r -> Answer.redirect(307, otherTls.uri() + "/elsewhere"));

        assertThatThrownBy(() -> secretPost(client(tls)))
                .isExactlyInstanceOf(AdoTransportException.class)
                .hasMessageContaining("POST " + tls.uri() + "/org/_apis/distributedtask/variablegroups")
                .hasMessageContaining("from " + tls.origin() + " to " + otherTls.origin())
                .hasMessageContaining("request body to another origin");
        assertThat(otherTls.requests()).isEmpty();
        assertThat(tls.requests()).hasSize(1);
    }

    @Test
    void crossOrigin308_withBody_refusedAlsoForPlainLoopback() {
        plain.handle(r -> Answer.redirect(308, plain.uri("localhost") + "/org/other"));

        assertThatThrownBy(() -> client(plain).api().put("7.1").body(Body.text("payload", "text/plain")).send())
                .isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("to " + plain.uri("localhost"));
        assertThat(plain.requests()).hasSize(1);
    }

    @Test
    void crossOrigin303_postBecomesGetWithoutBodyAuthorizationOrCustomHeaders() {
        tls.handle(r -> Answer.redirect(303, otherTls.uri() + "/result"));
        otherTls.handle(r -> Answer.status(204));

        secretPost(client(tls));

        RecordingServer.Seen first = tls.requests().get(0);
        assertThat(first.header("Authorization")).startsWith("Basic ");
        assertThat(first.header("X-Api-Key")).isEqualTo(API_KEY);
        RecordingServer.Seen second = otherTls.requests().get(0);
        assertThat(second.method()).isEqualTo("GET");
        assertThat(second.body()).isEmpty();
        assertThat(second.header("Authorization")).isNull();
        assertThat(second.header("X-Api-Key")).isNull();
        assertThat(second.header("Content-Type")).isNull();
        assertThat(second.header("Accept")).startsWith("application/json");
    }

    @Test
    void crossOrigin302_get_dropsCustomHeadersForTheRestOfTheChain() {
        tls.handle(r -> r.target().startsWith("/org/back")
                ? Answer.status(204) : Answer.redirect(302, otherTls.uri() + "/hop"));
        otherTls.handle(r -> Answer.redirect(302, tls.uri() + "/org/back"));

        client(tls).api().get("7.1").header("X-Api-Key", API_KEY).header("If-None-Match", "\"7\"").send();

        assertThat(otherTls.requests()).singleElement().satisfies(r -> {
            assertThat(r.header("X-Api-Key")).isNull();
            assertThat(r.header("If-None-Match")).isNull();
            assertThat(r.header("Authorization")).isNull();
        });
        assertThat(tls.requests()).hasSize(2);
        assertThat(tls.requests().get(1).header("Authorization")).as("back at the origin after a foreign hop")
                .isNull();
        assertThat(tls.requests().get(1).header("X-Api-Key")).isNull();
    }

    @Test
    void sameOrigin307_keepsBodyCustomHeadersAndAuthorization() {
        tls.handle(r -> r.target().startsWith("/org/again") ? Answer.status(201)
                : Answer.redirect(307, "/org/again"));

        secretPost(client(tls));

        RecordingServer.Seen second = tls.requests().get(1);
        assertThat(second.method()).isEqualTo("POST");
        assertThat(second.bodyText()).contains("s3cr3t-variable-value");
        assertThat(second.header("X-Api-Key")).isEqualTo(API_KEY);
        assertThat(second.header("Authorization")).startsWith("Basic ");
    }

    @Test
    void crossOrigin307_withoutBody_followedWithoutCredentials() {
        tls.handle(r -> Answer.redirect(307, otherTls.uri() + "/gone"));
        otherTls.handle(r -> Answer.status(204));

        client(tls).api().delete("7.1").header("X-Api-Key", API_KEY).send();

        assertThat(otherTls.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("DELETE");
            assertThat(r.header("Authorization")).isNull();
            assertThat(r.header("X-Api-Key")).isNull();
        });
    }

    @Test
    void httpsToHttps_upgradeFromLoopbackHttp_followed() {
        plain.handle(r -> Answer.redirect(301, tls.uri() + "/org/secure"));
        tls.handle(r -> Answer.status(204));

        client(plain).api().get("7.1").send();

        assertThat(tls.requests()).singleElement().satisfies(r -> assertThat(r.target()).isEqualTo("/org/secure"));
    }

    @Test
    void loopbackHttpToNonLoopbackHttp_refusedBeforeAnyConnection() {
        plain.handle(r -> Answer.redirect(302, "http://ado.example.invalid/steal"));

        assertThatThrownBy(() -> client(plain).api().get("7.1").send())
                .isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("to http://ado.example.invalid:80")
                .hasMessageContaining("URL rules");
    }

    @Test
    void locationWithUserInfo_refusedWithoutEchoingIt() {
        tls.handle(r -> Answer.redirect(302, "https://user:pwCANARY42@127.0.0.1:" + otherTls.uri().getPort()
                + "/x"));

        assertThatThrownBy(() -> client(tls).api().get("7.1").send())
                .isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("user info")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pwCANARY42", "user:"));
        assertThat(otherTls.requests()).isEmpty();
    }
}
