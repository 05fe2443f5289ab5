package ado.emulator.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Byte ranges of download answers, as RFC 9110 lets a server serve them. */
class RangesTest {

    private static final Reply FILE = Reply.bytes("application/octet-stream",
            "0123456789".getBytes(StandardCharsets.US_ASCII));

    private static String text(Reply reply) {
        return new String(reply.body(), StandardCharsets.US_ASCII);
    }

    @Test
    void apply_noRange_addsStrongETagAndAcceptRanges() {
        Reply r = Ranges.apply("GET", null, null, FILE);

        assertThat(r.status()).isEqualTo(200);
        assertThat(text(r)).isEqualTo("0123456789");
        assertThat(r.headers()).containsEntry("Accept-Ranges", "bytes");
        assertThat(r.headers().get("ETag")).startsWith("\"").endsWith("\"").hasSize(34)
                .isEqualTo(Ranges.apply("GET", null, null, FILE).headers().get("ETag"));
        assertThat(Ranges.apply("GET", null, null, Reply.bytes("application/octet-stream", new byte[] {1}))
                .headers().get("ETag")).isNotEqualTo(r.headers().get("ETag"));
    }

    @Test
    void apply_openRange_206WithTheRest() {
        Reply r = Ranges.apply("GET", "bytes=4-", null, FILE);

        assertThat(r.status()).isEqualTo(206);
        assertThat(text(r)).isEqualTo("456789");
        assertThat(r.headers()).containsEntry("Content-Range", "bytes 4-9/10");
        assertThat(r.contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void apply_closedRangePastTheEnd_206CappedAtTheEnd() {
        assertThat(text(Ranges.apply("GET", "bytes=2-3", null, FILE))).isEqualTo("23");
        Reply r = Ranges.apply("GET", "bytes=8-100", null, FILE);
        assertThat(r.headers()).containsEntry("Content-Range", "bytes 8-9/10");
        assertThat(text(r)).isEqualTo("89");
    }

    @Test
    void apply_rangeStartingAtOrPastTheEnd_416WithLength() {
        for (String range : new String[] {"bytes=10-", "bytes=99-"}) {
            Reply r = Ranges.apply("GET", range, null, FILE);

            assertThat(r.status()).isEqualTo(416);
            assertThat(r.body()).isEmpty();
            assertThat(r.headers()).containsEntry("Content-Range", "bytes */10");
        }
    }

    @Test
    void apply_ifRangeMatchesETag_206_otherwiseWholeBody() {
        String etag = Ranges.apply("GET", null, null, FILE).headers().get("ETag");

        assertThat(Ranges.apply("GET", "bytes=5-", etag, FILE).status()).isEqualTo(206);
        for (String other : new String[] {"\"other\"", "W/" + etag, "Wed, 21 Oct 2026 07:28:00 GMT"}) {
            Reply r = Ranges.apply("GET", "bytes=5-", other, FILE);
            assertThat(r.status()).isEqualTo(200);
            assertThat(text(r)).isEqualTo("0123456789");
        }
    }

    @Test
    void apply_routeSetETag_isKeptAndValidates() {
        Reply tagged = FILE.withHeader("ETag", "\"v7\"");

        assertThat(Ranges.apply("GET", "bytes=5-", "\"v7\"", tagged).status()).isEqualTo(206);
        assertThat(Ranges.apply("GET", null, null, tagged).headers()).containsEntry("ETag", "\"v7\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=-3", "bytes=1-2,4-5", "bytes=5-2", "items=0-1", "bytes=a-", "bytes=",
        "bytes=-", "bytes=99999999999999999999-"})
    void apply_unsupportedOrMalformedRange_wholeBody(String range) {
        Reply r = Ranges.apply("GET", range, null, FILE);

        assertThat(r.status()).isEqualTo(200);
        assertThat(text(r)).isEqualTo("0123456789");
    }

    @Test
    void apply_jsonErrorsHeadAndEmptyBodies_untouched() {
        Reply json = Reply.json(ado.core.json.JsonValue.parse("{\"a\":1}"));
        Reply error = Reply.error(AdoError.server(500));
        Reply empty = Reply.bytes("application/octet-stream", new byte[0]);

        assertThat(Ranges.apply("GET", "bytes=2-", null, json)).isSameAs(json);
        assertThat(Ranges.apply("GET", "bytes=2-", null, error)).isSameAs(error);
        assertThat(Ranges.apply("GET", "bytes=2-", null, empty)).isSameAs(empty);
        assertThat(Ranges.apply("POST", "bytes=2-", null, FILE)).isSameAs(FILE);
    }
}
