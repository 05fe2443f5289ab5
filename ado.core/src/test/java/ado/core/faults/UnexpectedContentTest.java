package ado.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.ApiRequest;
import ado.core.FakeServer;
import ado.core.FakeServer.Reply;
import ado.core.RetryPolicy;
import ado.core.auth.Credentials;
import ado.core.error.AdoAuthenticationException;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoUnexpectedContentException;
import ado.core.error.ResponseContext;
import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Success answers that are not the JSON that was asked for: typed as {@link AdoUnexpectedContentException}, never
 * retried, and every JSON error on a response names the response.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnexpectedContentTest {

    /** Must never appear in a message. */
    private static final String SIG = "sigSECRET42";

    private final FakeServer server = FakeServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private AdoClient client(JsonCodec codec) {
        var b = AdoClient.builder().organization(URI.create(server.uri() + "/org"))
                .credentials(Credentials.pat("patUnexpected0815")).environment(name -> null)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(10)).build())
                .requestTimeout(Duration.ofSeconds(10));
        return (codec == null ? b : b.jsonCodec(codec)).build();
    }

    private ApiRequest get() {
        return client(null).api().apis("wit", "workitems").get("7.1").query("sig", SIG);
    }

    record Item(int id, String title) {
    }

    @Test
    void textPlain200_isUnexpectedContentWithStatusTypeBodyStartAndActivityId() {
        server.enqueue(Reply.status(200).body("text/plain; charset=utf-8", "Service\r\nUnavailable\u0000\tnow")
                .header("ActivityId", "act-7"));

        assertThatThrownBy(() -> get().as(JsonValue.class))
                .isInstanceOfSatisfying(AdoUnexpectedContentException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.contentType()).isEqualTo("text/plain; charset=utf-8");
                    assertThat(e.bodyStart()).isEqualTo("Service  Unavailable  now");
                    ResponseContext r = e.response().orElseThrow();
                    assertThat(r.method()).isEqualTo("GET");
                    assertThat(r.activityId()).isEqualTo("act-7");
                    assertThat(r.uri().getPath()).isEqualTo("/org/_apis/wit/workitems");
                    assertThat(e.getMessage()).contains("GET", "/org/_apis/wit/workitems", "200", "text/plain",
                            "act-7", "Service  Unavailable").doesNotContain(SIG).doesNotContain("\r", "\n", "\u0000");
                    assertThat(e.path()).isNull();
                });
        assertThat(server.requests()).hasSize(1); // a wrong answer is not retried
    }

    @Test
    void octetStream200_isUnexpectedContent() {
        server.enqueue(Reply.status(200).header("Content-Type", "application/octet-stream")
                .bytes(new byte[] {'{', 0, 1, 2, (byte) 0xFF}));

        assertThatThrownBy(() -> get().asList(Item.class))
                .isInstanceOfSatisfying(AdoUnexpectedContentException.class,
                        e -> assertThat(e.contentType()).isEqualTo("application/octet-stream"));
    }

    @Test
    void unexpectedContent_isAnAdoJsonException() {
        server.enqueue(Reply.status(200).body("text/plain", "OK"));

        assertThatThrownBy(() -> get().as(Item.class)).isInstanceOf(AdoJsonException.class);
    }

    @Test
    void longBody_bodyStartIsBounded() {
        server.enqueue(Reply.status(200).body("text/plain", "\u00e9".repeat(100_000)));

        assertThatThrownBy(() -> get().as(JsonValue.class))
                .isInstanceOfSatisfying(AdoUnexpectedContentException.class, e -> {
                    assertThat(e.bodyStart()).hasSize(AdoUnexpectedContentException.MAX_BODY_START);
                    assertThat(e.getMessage()).hasSizeLessThan(1000);
                });
    }

    @Test
    void htmlWithoutSignInMarks_isUnexpectedContentNotAuthentication() {
        server.enqueue(Reply.status(200).body("text/html", "<html><body><h1>Welcome to nginx!</h1></body></html>"));

        assertThatThrownBy(() -> get().as(JsonValue.class))
                .isInstanceOfSatisfying(AdoUnexpectedContentException.class, e -> {
                    assertThat(e.contentType()).isEqualTo("text/html");
                    assertThat(e.bodyStart()).contains("Welcome to nginx!");
                    assertThat(e.getMessage()).doesNotContain(SIG);
                });
    }

    @Test
    void htmlSignInPage_staysAuthenticationFailure() {
        server.enqueue(Reply.status(200).body("text/html",
                "<html><a href='https://login.microsoftonline.com/common'>Sign in</a></html>"));

        assertThatThrownBy(() -> get().as(JsonValue.class)).isInstanceOf(AdoAuthenticationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8; api-version=7.1", "text/json",
        "application/vnd.microsoft.work+json", "APPLICATION/JSON"})
    void jsonMediaTypes_areParsed(String contentType) {
        server.enqueue(Reply.status(200).body(contentType, "{\"id\":7,\"title\":\"t\"}"));

        assertThat(get().as(Item.class)).isEqualTo(new Item(7, "t"));
    }

    @Test
    void noContentType_jsonLookingBody_isParsed() {
        server.enqueue(Reply.status(200).bytes(" \n{\"id\":7}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(get().as(Item.class)).isEqualTo(new Item(7, null));
    }

    @Test
    void noContentType_textBody_isUnexpectedContentWithoutType() {
        server.enqueue(Reply.status(200).bytes("Gateway says hi".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> get().as(Item.class))
                .isInstanceOfSatisfying(AdoUnexpectedContentException.class, e -> {
                    assertThat(e.contentType()).isNull();
                    assertThat(e.getMessage()).contains("Content-Type absent");
                });
    }

    @Test
    void noContentType_malformedJsonLookingBody_isJsonErrorWithContext() {
        server.enqueue(Reply.status(200).bytes("{\"id\":".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .header("x-ms-request-id", "req-9"));

        assertThatThrownBy(() -> get().as(Item.class)).isExactlyInstanceOf(AdoJsonException.class)
                .satisfies(e -> assertThat(((AdoJsonException) e).response().orElseThrow().activityId())
                        .isEqualTo("req-9"));
    }

    @Test
    void emptyBodies_andSend_ignoreContentType() {
        server.enqueue(Reply.status(200).header("Content-Type", "text/plain"),
                Reply.status(200).body("text/plain", "done"));

        assertThat(get().as(Item.class)).isNull();
        assertThat(get().send().status()).isEqualTo(200);
    }

    @Test
    void malformedJson_errorNamesResponseAndKeepsLocation() {
        server.enqueue(Reply.json(200, "{\n  \"id\": 1,\n  \"title\": tru\n}").header("X-VSS-E2EID", "e2e-5"));

        assertThatThrownBy(() -> get().as(Item.class)).isExactlyInstanceOf(AdoJsonException.class)
                .satisfies(t -> {
                    var e = (AdoJsonException) t;
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isGreaterThan(0);
                    ResponseContext r = e.response().orElseThrow();
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.method()).isEqualTo("GET");
                    assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
                    assertThat(r.activityId()).isEqualTo("e2e-5");
                    assertThat(r.uri().toString()).contains("sig=***").doesNotContain(SIG);
                    assertThat(e.getMessage()).contains("line 3", "GET", "answered 200", "e2e-5", "sig=***")
                            .doesNotContain(SIG);
                    assertThat(e.getStackTrace()).isNotEmpty();
                });
    }

    @Test
    void bindError_errorNamesResponseAndKeepsPath() {
        server.enqueue(Reply.json(201, "{\"count\":1,\"value\":[{\"id\":\"seven\"}]}").header("ActivityId", "a-1"));

        assertThatThrownBy(() -> client(null).api().post("7.1").asList(Item.class))
                .isExactlyInstanceOf(AdoJsonException.class)
                .satisfies(t -> {
                    var e = (AdoJsonException) t;
                    assertThat(e.path()).isEqualTo("$.value[0].id");
                    assertThat(e.response().orElseThrow().method()).isEqualTo("POST");
                    assertThat(e.response().orElseThrow().status()).isEqualTo(201);
                    assertThat(e.getMessage()).contains("$.value[0].id", "POST", "201", "a-1");
                });
    }

    @Test
    void pagedRequest_jsonErrorOnLaterPage_namesThatResponse() {
        server.enqueue(Reply.json(200, "{\"count\":1,\"value\":[{\"id\":1}]}")
                        .header("x-ms-continuationtoken", "next"),
                Reply.json(200, "{\"count\":1,\"value\":[{\"id\":").header("ActivityId", "page-2"));

        assertThatThrownBy(() -> get().stream(ado.core.Paging.continuationHeader(Item.class)).toList())
                .isInstanceOfSatisfying(AdoJsonException.class,
                        e -> assertThat(e.response().orElseThrow().activityId()).isEqualTo("page-2"));
    }

    /** A codec that lets an untyped exception escape, as a careless third-party codec might. */
    private static final class CarelessCodec implements JsonCodec {
        @Override
        public String name() {
            return "careless";
        }

        @Override
        public <T> T read(byte[] json, JsonType<T> type) {
            throw new NumberFormatException("For input string: \"1e99999999999\"");
        }

        @Override
        public <T> T read(InputStream json, JsonType<T> type) {
            throw new NumberFormatException("stream");
        }

        @Override
        public void write(Object value, OutputStream out) {
            JsonCodec.builtin().write(value, out);
        }

        @Override
        public JsonValue toTree(Object value) {
            return JsonCodec.builtin().toTree(value);
        }

        @Override
        public <T> T fromTree(JsonValue tree, JsonType<T> type) {
            return JsonCodec.builtin().fromTree(tree, type);
        }
    }

    @Test
    void codecThrowingUntyped_isJsonExceptionWithContext() {
        server.enqueue(Reply.json(200, "[1e99999999999]"));

        assertThatThrownBy(() -> client(new CarelessCodec()).api().get("7.1").as(JsonObject.class))
                .isExactlyInstanceOf(AdoJsonException.class)
                .hasCauseInstanceOf(NumberFormatException.class)
                .satisfies(e -> assertThat(((AdoJsonException) e).response()).isPresent());
    }

    @Test
    void nonJsonAccept_bindsWithoutContentCheck() {
        server.enqueue(Reply.status(200).body("text/plain", "\"plain text that is a JSON string\""));

        assertThat(get().accept("text/plain").as(String.class)).isEqualTo("plain text that is a JSON string");
        assertThat(List.of(server.request(0).header("Accept"))).containsExactly("text/plain");
    }
}
