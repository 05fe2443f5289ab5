package ado.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoAuthenticationException;
import ado.core.internal.auth.CredentialsAccess;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void pat_isBasicWithEmptyUser() {
        String header = CredentialsAccess.authorization(Credentials.pat(" abc\n")).orElseThrow();

        assertThat(header).startsWith("Basic ");
        assertThat(new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8))
                .isEqualTo(":abc");
    }

    @Test
    void bearer_isBearer() {
        assertThat(CredentialsAccess.authorization(Credentials.bearer("t"))).contains("Bearer t");
    }

    @Test
    void anonymous_hasNoHeader() {
        assertThat(CredentialsAccess.authorization(Credentials.anonymous())).isEmpty();
        assertThat(Credentials.anonymous().isAnonymous()).isTrue();
    }

    @Test
    void toString_namesKindNeverSecret() {
        assertThat(Credentials.pat("s3cr3t")).hasToString("Credentials[pat]");
        assertThat(Credentials.bearer("s3cr3t")).hasToString("Credentials[bearer]");
        assertThat(Credentials.tokenProvider(() -> new AccessToken("s3cr3t", Instant.MAX)).toString())
                .startsWith("Credentials[tokenProvider").doesNotContain("s3cr3t");
    }

    @Test
    void blankOrControlCharacters_areRejectedWithoutEchoingValue() {
        assertThatThrownBy(() -> Credentials.pat("  ")).isInstanceOf(AdoAuthenticationException.class)
                .hasMessage("pat must not be blank");
        assertThatThrownBy(() -> Credentials.pat("abc\r\ndef")).isInstanceOf(AdoAuthenticationException.class)
                .hasMessage("pat contains a control character at index 3");
        assertThatThrownBy(() -> Credentials.bearer("ab\u0000cd")).isInstanceOf(AdoAuthenticationException.class)
                .hasMessage("token contains a control character at index 2; only visible ASCII characters can be"
                        + " sent in a header")
                .satisfies(e -> assertThat(((AdoAuthenticationException) e).status()).isZero());
        assertThatThrownBy(() -> Credentials.bearer("abc def")).isInstanceOf(AdoAuthenticationException.class)
                .hasMessageContaining("a space at index 3");
        assertThatThrownBy(() -> Credentials.pat(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("pat == null");
    }
}
