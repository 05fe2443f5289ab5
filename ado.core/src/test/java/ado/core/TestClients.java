package ado.core;

import ado.core.auth.Credentials;
import java.net.URI;
import java.time.Duration;

/** Builds clients that talk to a {@link FakeServer}, with a known PAT and fast retries. */
final class TestClients {

    /** A PAT that must never show up in logs, messages or toString(). */
    static final String PAT = "patSECRET4711doNotLeak";

    private TestClients() {
    }

    static RetryPolicy fastRetries() {
        return RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(40))
                .jitter(false).build();
    }

    static AdoClient.Builder builder(FakeServer server) {
        return AdoClient.builder().organization(URI.create(server.uri() + "/org"))
                .credentials(Credentials.pat(PAT)).environment(name -> null).retryPolicy(fastRetries())
                .requestTimeout(Duration.ofSeconds(10));
    }

    static AdoClient client(FakeServer server) {
        return builder(server).build();
    }
}
