package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoAuthenticationException;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoForbiddenException;
import ado.core.error.AdoHttpException;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoPreconditionFailedException;
import ado.core.error.AdoServerException;
import ado.core.error.AdoThrottledException;
import ado.core.error.AdoUnexpectedStatusException;
import ado.core.json.JsonValue;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {

    private static final String WRAPPED = """
            {"$id":"1","innerException":null,"message":"TF401019: The Git repository with name or identifier x \
            does not exist","typeName":"Microsoft.TeamFoundation.Git.Server.GitRepositoryNotFoundException, \
            Microsoft.TeamFoundation.Git.Server","typeKey":"GitRepositoryNotFoundException","errorCode":42,\
            "eventId":3000}""";

    private final FakeServer server = FakeServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private ApiRequest get() {
        return TestClients.builder(server).retryPolicy(RetryPolicy.none()).build().api().apis("git").get("7.1");
    }

    static Stream<Arguments> statuses() {
        return Stream.of(Arguments.of(400, AdoBadRequestException.class),
                Arguments.of(401, AdoAuthenticationException.class),
                Arguments.of(403, AdoForbiddenException.class), Arguments.of(404, AdoNotFoundException.class),
                Arguments.of(409, AdoConflictException.class),
                Arguments.of(412, AdoPreconditionFailedException.class),
                Arguments.of(429, AdoThrottledException.class), Arguments.of(500, AdoServerException.class),
                Arguments.of(503, AdoServerException.class), Arguments.of(410, AdoUnexpectedStatusException.class));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void errorStatus_wrappedExceptionBody_mapsToTypeWithAdoFields(int status, Class<?> type) {
        server.enqueue(Reply.json(status, WRAPPED).header("ActivityId", "act-123")
                .header("X-RateLimit-Remaining", "17"));

        assertThatThrownBy(() -> get().as(JsonValue.class)).isInstanceOfSatisfying(AdoHttpException.class, e -> {
            assertThat(e).isInstanceOf(type);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.method()).isEqualTo("GET");
            assertThat(e.uri().getPath()).isEqualTo("/org/_apis/git");
            assertThat(e.adoMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("TF401019: "));
            assertThat(e.typeKey()).contains("GitRepositoryNotFoundException");
            assertThat(e.failure().typeName()).startsWith("Microsoft.TeamFoundation.Git.Server.");
            assertThat(e.errorCode()).isEqualTo(42);
            assertThat(e.activityId()).contains("act-123");
            assertThat(e.rateLimit().remaining()).isEqualTo(17L);
            assertThat(e.getMessage()).contains(String.valueOf(status), "TF401019", "act-123");
        });
    }

    @Test
    void errorBody_insideCountValueEnvelope_isUnwrapped() {
        server.enqueue(Reply.json(400, "{\"count\":1,\"value\":{\"message\":\"VS402337: too many\","
                + "\"typeKey\":\"WorkItemTrackingQueryResultSizeLimitExceededException\"}}"));

        assertThatThrownBy(() -> get().send()).isInstanceOfSatisfying(AdoBadRequestException.class, e -> {
            assertThat(e.adoMessage()).contains("VS402337: too many");
            assertThat(e.typeKey()).contains("WorkItemTrackingQueryResultSizeLimitExceededException");
        });
    }

    @Test
    void errorBody_messageOnly_keepsMessage() {
        server.enqueue(Reply.json(404, "{\"message\":\"Not here\"}"));

        assertThatThrownBy(() -> get().send()).isInstanceOfSatisfying(AdoNotFoundException.class, e -> {
            assertThat(e.adoMessage()).contains("Not here");
            assertThat(e.typeKey()).isEmpty();
            assertThat(e.errorCode()).isZero();
        });
    }

    @Test
    void errorBody_plainText_becomesMessage() {
        server.enqueue(Reply.status(409).body("text/plain", "  version conflict \n"));

        assertThatThrownBy(() -> get().send()).isInstanceOfSatisfying(AdoConflictException.class,
                e -> assertThat(e.adoMessage()).contains("version conflict"));
    }

    @Test
    void errorBody_invalidJson_fallsBackToText() {
        server.enqueue(Reply.json(400, "{not json"));

        assertThatThrownBy(() -> get().send()).isInstanceOfSatisfying(AdoBadRequestException.class,
                e -> assertThat(e.adoMessage()).contains("{not json"));
    }

    @Test
    void errorBody_htmlPage_isReducedToText() {
        server.enqueue(Reply.status(502).body("text/html", """
                <!DOCTYPE html><html><head><title>Bad Gateway</title><style>body { color: red; }</style></head>
                <body><script>var secret = 1;</script><h1>502 &amp; Bad</h1>
                <p>The   gateway
                   failed.</p></body></html>"""));
        AdoClient client = TestClients.builder(server).retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(() -> client.api().get("7.1").send())
                .isInstanceOfSatisfying(AdoServerException.class,
                        e -> assertThat(e.adoMessage()).contains("502 & Bad The gateway failed."));
    }

    @Test
    void errorBody_longHtml_isCapped() {
        server.enqueue(Reply.status(404).body("text/html", "<p>" + "word ".repeat(5000) + "</p>"));

        assertThatThrownBy(() -> get().send()).isInstanceOfSatisfying(AdoNotFoundException.class,
                e -> assertThat(e.adoMessage()).hasValueSatisfying(m -> assertThat(m).hasSizeLessThanOrEqualTo(1000)));
    }

    @Test
    void status203_signInPage_isAuthenticationFailure() {
        server.enqueue(Reply.status(203).body("text/html; charset=utf-8",
                "<html><body><a href='https://login.microsoftonline.com/x'>Sign In</a></body></html>"));

        assertThatThrownBy(() -> get().as(JsonValue.class))
                .isInstanceOfSatisfying(AdoAuthenticationException.class, e -> {
                    assertThat(e.status()).isEqualTo(203);
                    assertThat(e.failure().signInPage()).isTrue();
                    assertThat(e.getMessage()).contains("sign-in page");
                });
    }

    @Test
    void status200_htmlWhereJsonExpected_isAuthenticationFailure() {
        server.enqueue(Reply.status(200).body("text/html", "<html><body>Please sign in</body></html>"));

        assertThatThrownBy(() -> get().as(JsonValue.class)).isInstanceOf(AdoAuthenticationException.class);
    }

    @Test
    void status200_htmlWithNonJsonAccept_isReturned() {
        server.enqueue(Reply.status(200).body("text/html", "<p>wiki</p>"));

        var out = new java.io.ByteArrayOutputStream();
        get().accept("text/html").download(out);

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>wiki</p>");
    }

    @Test
    void status401_anonymous_isAuthenticationFailure() {
        server.enqueue(Reply.json(401, "{\"message\":\"TF400813: The user is not authorized\","
                + "\"typeKey\":\"UnauthorizedRequestException\"}"));
        AdoClient client = TestClients.builder(server).credentials(ado.core.auth.Credentials.anonymous()).build();

        assertThatThrownBy(() -> client.api().get("7.1").send())
                .isInstanceOfSatisfying(AdoAuthenticationException.class,
                        e -> assertThat(e.adoMessage()).hasValueSatisfying(m -> assertThat(m).contains("TF400813")
                                .contains("no credentials were sent")));
        assertThat(server.request(0).header("Authorization")).isNull();
    }

    @Test
    void successBody_invalidJson_isJsonException() {
        server.enqueue(Reply.json(200, "{\"id\": 1,"));

        assertThatThrownBy(() -> get().as(JsonValue.class)).isInstanceOf(AdoJsonException.class);
    }

    @Test
    void errorUrl_secretQueryValues_areRedacted() {
        server.enqueue(Reply.status(403));
        ApiRequest request = get().query("sig", "abc123").query("code", "xyz").query("continuationToken", "t1");

        assertThatThrownBy(request::send).isInstanceOfSatisfying(AdoForbiddenException.class, e -> {
            assertThat(e.uri().toString()).contains("sig=***", "code=***", "continuationToken=t1")
                    .doesNotContain("abc123", "xyz");
            assertThat(e.getMessage()).doesNotContain("abc123", "xyz");
        });
    }
}
