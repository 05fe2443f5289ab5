package ado.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.Credentials;
import ado.core.error.AdoOutcomeUnknownException;
import ado.core.error.AdoServerException;
import ado.core.spi.RequestEvent;
import ado.core.spi.RequestListener;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Counts the events a {@link RequestListener} gets for each kind of call, against a JDK {@code HttpServer}. */
@Timeout(60)
class RequestListenerTest {

    private static final String PAT = "patLISTENER8888doNotLeak";
    private static final String SIG = "sigLISTENER7777secret";

    private final WireServer server = new WireServer();
    private final Recorder events = new Recorder();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Records every event, in order. */
    static final class Recorder implements RequestListener {
        final List<RequestEvent> all = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onStart(RequestEvent.Start event) {
            all.add(event);
        }

        @Override
        public void onResponse(RequestEvent.Response event) {
            all.add(event);
        }

        @Override
        public void onRetry(RequestEvent.Retry event) {
            all.add(event);
        }

        @Override
        public void onThrottle(RequestEvent.Throttle event) {
            all.add(event);
        }

        @Override
        public void onFailure(RequestEvent.Failure event) {
            all.add(event);
        }

        <E extends RequestEvent> List<E> of(Class<E> type) {
            synchronized (all) {
                return all.stream().filter(type::isInstance).map(type::cast).toList();
            }
        }

        /** {@return the counts: start, response, retry, throttle, failure} */
        List<Integer> counts() {
            return List.of(of(RequestEvent.Start.class).size(), of(RequestEvent.Response.class).size(),
                    of(RequestEvent.Retry.class).size(), of(RequestEvent.Throttle.class).size(),
                    of(RequestEvent.Failure.class).size());
        }
    }

    private AdoClient.Builder builder() {
        return AdoClient.builder().organization(URI.create(server.uri() + "/org")).environment(n -> null)
                .credentials(Credentials.pat(PAT)).retryPolicy(TestClients.fastRetries())
                .requestTimeout(Duration.ofSeconds(10)).listener(events);
    }

    private ApiRequest get(AdoClient client) {
        return client.api().apis("things").query("sig", SIG).get("7.1");
    }

    @Test
    void plainSuccess_oneStartAndOneResponse() {
        server.handle((x, i) -> WireServer.json(x, 200, "{\"id\":1}"));

        get(builder().build()).as(Map.class);

        assertThat(events.counts()).containsExactly(1, 1, 0, 0, 0);
        RequestEvent.Start start = events.of(RequestEvent.Start.class).get(0);
        RequestEvent.Response response = events.of(RequestEvent.Response.class).get(0);
        assertThat(start.attempt()).isEqualTo(1);
        assertThat(start.method()).isEqualTo("GET");
        assertThat(start.uri().toString()).contains("sig=***").doesNotContain(SIG);
        assertThat(response.callId()).isEqualTo(start.callId());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.duration()).isPositive().isLessThan(Duration.ofSeconds(10));
        assertThat(events.all).allSatisfy(e -> assertThat(e.toString()).doesNotContain(PAT, SIG));
    }

    @Test
    void retryAfter503_thenSuccess_twoAttemptsOneRetry() {
        server.handle((x, i) -> WireServer.json(x, i == 0 ? 503 : 200, "{}"));

        get(builder().build()).send();

        assertThat(events.counts()).containsExactly(2, 2, 1, 0, 0);
        assertThat(events.of(RequestEvent.Response.class)).extracting(RequestEvent.Response::status)
                .containsExactly(503, 200);
        RequestEvent.Retry retry = events.of(RequestEvent.Retry.class).get(0);
        assertThat(retry.attempt()).isEqualTo(1);
        assertThat(retry.status()).isEqualTo(503);
        assertThat(retry.cause()).isEqualTo("HTTP 503");
        assertThat(retry.delay()).isEqualTo(Duration.ofMillis(10));
        assertThat(events.of(RequestEvent.Start.class)).extracting(RequestEvent::attempt).containsExactly(1, 2);
        assertThat(events.all).extracting(RequestEvent::callId).containsOnly(retry.callId());
        assertThat(events.all).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Start", "Response", "Retry", "Start", "Response");
    }

    @Test
    void retriedCall_everyEventCarriesTheCorrelationIdTheServerSaw() {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        server.handle((x, i) -> {
            sent.add(x.getRequestHeaders().getFirst("X-VSS-E2EID"));
            WireServer.json(x, i == 0 ? 503 : 200, "{}");
        });

        get(builder().build()).send();

        assertThat(sent).hasSize(2).doesNotContainNull();
        assertThat(sent.get(1)).isEqualTo(sent.get(0));
        assertThat(events.all).hasSize(5).extracting(RequestEvent::correlationId).containsOnly(sent.get(0));
    }

    @Test
    void status429WithRetryAfter_throttleAndRetry() {
        server.handle((x, i) -> WireServer.send(x, i == 0 ? 429 : 204, i == 0 ? Map.of("Retry-After", "1")
                : Map.of(), new byte[0]));

        get(builder().build()).send();

        assertThat(events.counts()).containsExactly(2, 2, 1, 1, 0);
        RequestEvent.Throttle throttle = events.of(RequestEvent.Throttle.class).get(0);
        assertThat(throttle.reason()).isEqualTo(RequestEvent.Throttle.Reason.RETRY_AFTER);
        assertThat(throttle.status()).isEqualTo(429);
        assertThat(throttle.duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(events.of(RequestEvent.Retry.class).get(0).delay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void earlyThrottle200WithRetryAfter_nextCallIsPaced() {
        server.handle((x, i) -> WireServer.send(x, i == 0 ? 200 : 204, i == 0 ? Map.of("Retry-After", "1")
                : Map.of(), new byte[0]));
        AdoClient client = builder().build();

        get(client).send();
        assertThat(events.counts()).containsExactly(1, 1, 0, 1, 0);
        assertThat(events.of(RequestEvent.Throttle.class).get(0)).satisfies(t -> {
            assertThat(t.reason()).isEqualTo(RequestEvent.Throttle.Reason.RETRY_AFTER);
            assertThat(t.status()).isEqualTo(200);
        });

        get(client).send();
        assertThat(events.counts()).containsExactly(2, 2, 0, 2, 0);
        RequestEvent.Throttle paced = events.of(RequestEvent.Throttle.class).get(1);
        assertThat(paced.reason()).isEqualTo(RequestEvent.Throttle.Reason.PACED);
        assertThat(paced.duration()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(paced.callId()).isNotEqualTo(events.of(RequestEvent.Throttle.class).get(0).callId());
        assertThat(events.all.get(events.all.size() - 3)).isSameAs(paced); // paced before the attempt started
    }

    @Test
    void failureAfterRetries_everyAttemptThenOneFailure() {
        server.handle((x, i) -> WireServer.json(x, 502, "{\"message\":\"bad gateway\"}"));

        assertThatThrownBy(() -> get(builder().build()).send()).isInstanceOf(AdoServerException.class);

        int attempts = TestClients.fastRetries().maxAttempts();
        assertThat(events.counts()).containsExactly(attempts, attempts, attempts - 1, 0, 1);
        RequestEvent.Failure failure = events.of(RequestEvent.Failure.class).get(0);
        assertThat(failure.attempt()).isEqualTo(attempts);
        assertThat(failure.exception()).isInstanceOf(AdoServerException.class);
        assertThat(failure.duration()).isPositive();
        assertThat(events.of(RequestEvent.Retry.class)).extracting(RequestEvent::attempt).containsExactly(1, 2, 3);
    }

    @Test
    void writeNotResent_outcomeUnknown_oneStartNoResponseOneFailure() {
        server.handle((x, i) -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                return;
            }
            WireServer.json(x, 201, "{}");
        });
        AdoClient client = builder().requestTimeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> client.api().apis("things").post("7.1").body(Body.json(Map.of("a", 1))).send())
                .isInstanceOf(AdoOutcomeUnknownException.class);

        assertThat(events.counts()).containsExactly(1, 0, 0, 0, 1);
        assertThat(events.of(RequestEvent.Failure.class).get(0).exception())
                .isInstanceOf(AdoOutcomeUnknownException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void pagedStream_oneStartPerPageRequest() {
        server.handle((x, i) -> {
            if (i < 2) {
                x.getResponseHeaders().set(Paging.CONTINUATION_HEADER, "tok" + (i + 1));
            }
            WireServer.json(x, 200, "{\"count\":1,\"value\":[\"item" + i + "\"]}");
        });

        List<String> items = get(builder().build()).stream(Paging.continuationHeader(String.class)).toList();

        assertThat(items).containsExactly("item0", "item1", "item2");
        assertThat(events.counts()).containsExactly(3, 3, 0, 0, 0);
        assertThat(events.of(RequestEvent.Start.class)).extracting(RequestEvent::callId).doesNotHaveDuplicates();
        assertThat(events.of(RequestEvent.Start.class)).extracting(RequestEvent::attempt).containsOnly(1);
    }

    @Test
    void throwingListener_callSucceeds_othersCalled_warnedOnce() {
        try (LogCapture log = LogCapture.of("ado.core")) {
            server.handle((x, i) -> WireServer.json(x, 200, "{}"));
            RequestListener broken = new RequestListener() {
                @Override
                public void onStart(RequestEvent.Start event) {
                    throw new IllegalStateException("listener bug");
                }

                @Override
                public void onResponse(RequestEvent.Response event) {
                    throw new AssertionError("listener bug too");
                }
            };
            AdoClient client = AdoClient.builder().organization(URI.create(server.uri() + "/org"))
                    .environment(n -> null).listener(broken).listener(events).build();

            assertThat(get(client).send().status()).isEqualTo(200);
            assertThat(get(client).send().status()).isEqualTo(200);

            assertThat(events.counts()).containsExactly(2, 2, 0, 0, 0);
            List<LogRecord> logged = log.records();
            assertThat(logged).filteredOn(r -> r.getLevel() == Level.WARNING).singleElement()
                    .satisfies(r -> assertThat(r.getThrown()).hasMessage("listener bug"));
            assertThat(logged).filteredOn(r -> r.getThrown() != null && r.getLevel().intValue()
                    < Level.INFO.intValue()).hasSize(3);
        }
    }
}
