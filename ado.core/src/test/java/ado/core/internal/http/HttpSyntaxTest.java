package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpSyntaxTest {

    @Test
    void token_acceptsMethodsAndHeaderNames() {
        assertThat(HttpSyntax.token("PATCH", "method")).isEqualTo("PATCH");
        assertThat(HttpSyntax.token("X-TFS-FedAuthRedirect", "name")).isEqualTo("X-TFS-FedAuthRedirect");
        assertThat(HttpSyntax.token("7.1-preview.2", "apiVersion")).isEqualTo("7.1-preview.2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /x", "GE\rT", "X-A\nB", "a:b", "a\u0000", "\u00e9", "(x)"})
    void token_refusesSeparatorsAndControls_namingFieldNotValue(String bad) {
        assertThatThrownBy(() -> HttpSyntax.token(bad, "header name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("header name must be an HTTP token")
                .hasMessageContaining("at index");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v\r\nX-Injected: 1", "v\n", "v\u0000", "v\u007f", "\u2603"})
    void headerValue_refusesControlCharacters_withoutEchoingTheValue(String bad) {
        assertThatThrownBy(() -> HttpSyntax.headerValue("secretVALUE" + bad, "value of header X-Api-Key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value of header X-Api-Key cannot be sent in a header: it has ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secretVALUE"));
    }

    @Test
    void headerValue_acceptsTabsAndLatin1() {
        assertThat(HttpSyntax.headerValue("a\tb \u00e9", "v")).isEqualTo("a\tb \u00e9");
    }

    @Test
    void mediaType_needsTypeAndSubtype() {
        assertThat(HttpSyntax.mediaType("text/plain; charset=utf-8", "mediaType")).startsWith("text/plain");
        assertThatThrownBy(() -> HttpSyntax.mediaType("json", "mediaType"))
                .hasMessageStartingWith("mediaType must be a media type");
        assertThatThrownBy(() -> HttpSyntax.mediaType("text/plain\r\nX: y", "mediaType"))
                .hasMessageContaining("carriage return (CR) at index 10").hasMessageNotContaining("X: y");
    }
}
