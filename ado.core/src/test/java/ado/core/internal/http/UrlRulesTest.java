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
