package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.RateLimit;
import ado.core.error.AdoAuthenticationException;
import ado.core.error.AdoException;
import ado.core.error.AdoHttpException;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoOutcomeUnknownException;
import ado.core.error.AdoServerException;
import ado.core.error.AdoTransportException;
import ado.core.error.HttpFailure;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String SECRET = "s3cret+Value/42";
    private static final List<String> SECRETS = List.of(SECRET);

    @Test
    void scrub_replacesPlainAndEncodedForms() {
        assertThat(Redaction.scrub("a " + SECRET + " b s3cret%2BValue%2F42 c s3cret%2BValue%2F42", SECRETS))
                .isEqualTo("a *** b *** c ***");
    }

    @Test
    void scrub_ignoresShortValuesThatWouldMatchWords() {
        assertThat(Redaction.scrub("the token t was refused", List.of("t"))).isEqualTo("the token t was refused");
    }

    @Test
    void scrubbed_withoutSecret_isTheSameException() {
        var e = new AdoTransportException("GET https://h/x failed", new IOException("reset"));

        assertThat(Redaction.scrubbed(e, SECRETS)).isSameAs(e);
    }

    @Test
    void scrubbed_httpFailure_keepsTypeStatusAndActivityId() {
        AdoException e = AdoHttpException.of(new HttpFailure(500, "GET", URI.create("https://h/" + SECRET), "echo "
                + SECRET, "Boom", null, 7, "act-1", RateLimit.NONE, false));

        AdoException copy = Redaction.scrubbed(e, SECRETS);

        assertThat(copy).isInstanceOf(AdoServerException.class).hasMessageNotContaining(SECRET);
        AdoServerException server = (AdoServerException) copy;
        assertThat(server.status()).isEqualTo(500);
        assertThat(server.errorCode()).isEqualTo(7);
        assertThat(server.activityId()).contains("act-1");
        assertThat(server.adoMessage()).contains("echo ***");
        assertThat(copy.getStackTrace()).isEqualTo(e.getStackTrace());
    }

    @Test
    void scrubbed_causeShowingTheSecret_isReplacedByItsScrubbedText() {
        var e = new AdoOutcomeUnknownException("POST", "POST failed", new IOException("bad " + SECRET));

        AdoException copy = Redaction.scrubbed(e, SECRETS);

        assertThat(copy).isInstanceOf(AdoOutcomeUnknownException.class).hasNoCause()
                .hasMessage("POST failed (caused by IOException: bad ***)");
        assertThat(((AdoOutcomeUnknownException) copy).method()).isEqualTo("POST");
    }

    @Test
    void scrubbed_jsonAndRefusedCredential_keepTheirTypes() {
        assertThat(Redaction.scrubbed(new AdoJsonException("bad " + SECRET, null), SECRETS))
                .isInstanceOf(AdoJsonException.class).hasMessageNotContaining(SECRET);
        assertThat(Redaction.scrubbed(new AdoAuthenticationException("x " + SECRET), SECRETS))
                .isInstanceOf(AdoAuthenticationException.class).hasMessage("x ***");
    }
}
