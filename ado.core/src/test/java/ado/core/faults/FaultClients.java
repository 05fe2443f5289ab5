package ado.core.faults;

import ado.core.AdoClient;
import ado.core.ApiRequest;
import ado.core.Body;
import ado.core.FakeServer;
import ado.core.RetryPolicy;
import ado.core.auth.Credentials;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/** Clients and requests for the fault tests: a known PAT, fast retries, generous timeouts unless a test says. */
final class FaultClients {

    /** The methods every fault row runs for. */
    static final String[] METHODS = {"GET", "PUT", "POST", "DELETE"};

    private FaultClients() {
    }

    /** Fast, deterministic retries: 4 attempts, waits 10, 20, 40 ms. */
    static RetryPolicy.Builder fastRetries() {
        return RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(40))
                .jitter(false);
    }

    static AdoClient.Builder builder(FakeServer server) {
        return AdoClient.builder().organization(URI.create(server.uri() + "/org"))
                .credentials(Credentials.pat("patFAULTS0815doNotLeak")).environment(name -> null)
                .retryPolicy(fastRetries().build()).requestTimeout(Duration.ofSeconds(10));
    }

    static AdoClient client(FakeServer server) {
        return builder(server).build();
    }

    /**
     * Warms the JVM up with one request through a client with generous timeouts, then forgets it: the first request
     * of a JVM loads and starts the HTTP client, which on a loaded machine can take longer than the short timeouts
     * the tests use. Call before queueing the test's replies.
     */
    static void warmUp(FakeServer server) {
        server.always(FakeServer.Reply.status(204));
        try (AdoClient warm = builder(server).requestTimeout(Duration.ofSeconds(30)).build()) {
            warm.api().apis("warm-up").get("7.1").send();
        }
        server.clear();
    }

    /** {@return a request with {@code method}; writes carry a small JSON body} */
    static ApiRequest request(AdoClient client, String method) {
        ApiRequest request = client.api().apis("wit", "workitems", "1").method(method, "7.1");
        return method.equals("GET") || method.equals("DELETE") ? request
                : request.body(Body.text("{\"name\":\"x\"}", "application/json"));
    }

    /** {@return how long {@code action} took} Runs it, rethrowing what it throws. */
    static Duration took(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** {@return how long producing {@code value} took, with the value} */
    static <T> Timed<T> timed(Supplier<T> value) {
        long start = System.nanoTime();
        T t = value.get();
        return new Timed<>(t, Duration.ofNanos(System.nanoTime() - start));
    }

    record Timed<T>(T value, Duration took) {
    }
}
