package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlRulesTest {

    @Test
    void redact_removesUserInfoAndSecretQueryValues() {
        URI uri = URI.create("https://user:pw@blob.example/c/f?sv=1&sig=abc%2B&access_token=t&id_token=u"
                + "&continuationToken=keep&se=2");

        assertThat(UrlRules.redact(uri)).hasToString(
                "https://blob.example/c/f?sv=1&sig=***&access_token=***&id_token=***&continuationToken=keep&se=2");
    }

    @Test
    void redact_coversSasClientSecretsKeysAndEncodedNames() {
        URI uri = URI.create("https://h/p?sv=2022&se=2026&sp=r&SharedAccessSignature=a1&client-secret=a2"
                + "&client_secret=a3&X-Api-Key=a4&subscription-key=a5&code=a6&client%5Fsecret=a7&password=a8"
                + "&x-amz-signature=a9&assertion=b1&refresh_token=b2&$top=5");

        assertThat(UrlRules.redact(uri)).hasToString("https://h/p?sv=2022&se=2026&sp=r&SharedAccessSignature=***"
                + "&client-secret=***&client_secret=***&X-Api-Key=***&subscription-key=***&code=***"
                + "&client%5Fsecret=***&password=***&x-amz-signature=***&assertion=***&refresh_token=***&$top=5");
    }

    @Test
    void redact_dropsFragment() {
        assertThat(UrlRules.redact(URI.create("https://h/cb#access_token=t0ken"))).hasToString("https://h/cb");
    }

    @Test
    void isSecretName_keepsPagingAndSasMetadata() {
        assertThat(UrlRules.isSecretName("continuationToken")).isFalse();
        assertThat(UrlRules.isSecretName("sv")).isFalse();
        assertThat(UrlRules.isSecretName("se")).isFalse();
        assertThat(UrlRules.isSecretName("If-Match")).isFalse();
        assertThat(UrlRules.isSecretName("X-Api-Key")).isTrue();
        assertThat(UrlRules.isSecretName("Ocp-Apim-Subscription-Key")).isTrue();
    }

    @Test
    void origin_fillsDefaultPortAndDropsUserInfo() {
        assertThat(UrlRules.origin(URI.create("HTTPS://me:pw@Dev.Azure.com/x?y"))).isEqualTo(
                "https://dev.azure.com:443");
        assertThat(UrlRules.origin(URI.create("http://127.0.0.1:8080/x"))).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void redact_leavesHarmlessUrlAlone() {
        URI uri = URI.create("https://dev.azure.com/o/_apis?$top=1");

        assertThat(UrlRules.redact(uri)).isSameAs(uri);
    }

    @Test
    void isLoopback_coversLocalhostIpv4RangeAndIpv6() {
        assertThat(UrlRules.isLoopback("localhost")).isTrue();
        assertThat(UrlRules.isLoopback("127.8.9.10")).isTrue();
        assertThat(UrlRules.isLoopback("[::1]")).isTrue();
        assertThat(UrlRules.isLoopback("128.0.0.1")).isFalse();
        assertThat(UrlRules.isLoopback("localhost.example.com")).isFalse();
    }

    @Test
    void sameOrigin_comparesSchemeHostAndDefaultPort() {
        assertThat(UrlRules.sameOrigin(URI.create("https://a/x"), URI.create("https://A:443/y"))).isTrue();
        assertThat(UrlRules.sameOrigin(URI.create("https://a/x"), URI.create("http://a/x"))).isFalse();
        assertThat(UrlRules.sameOrigin(URI.create("https://a/x"), URI.create("https://a:8443/x"))).isFalse();
    }

    @Test
    void check_rejectsRelativeUrl() {
        assertThatThrownBy(() -> UrlRules.check(URI.create("/relative"), "url"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("url must be an absolute URL");
    }

    @Test
    void check_lengthExcludesQuery() {
        URI uri = URI.create("https://h/a?q=" + "x".repeat(3000));

        assertThat(UrlRules.check(uri, "url")).isSameAs(uri);
    }
}
