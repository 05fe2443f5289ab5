package ado.core.internal.http;

import ado.core.HttpLogLevel;
import ado.core.spi.RequestListener;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What watches the calls of one client: the opt-in HTTP log, the {@link RequestListener}s and the log of retries.
 * Thread-safe; hands each call a {@link CallTrace} of its own.
 */
public final class Observer {

    private final HttpLogger http;
    private final Listeners listeners;
    private final Supplier<? extends Collection<String>> credentialSecrets;
    private final AtomicLong calls = new AtomicLong();

    /**
     * @param level             how much of each exchange to log
     * @param bodyLimit         the most bytes of a body the HTTP log shows
     * @param sensitiveHeaders  more header names whose values the HTTP log masks
     * @param listeners         the listeners, called in this order
     * @param credentialSecrets the client's secret values now (a PAT, its Basic form, tokens), scrubbed from what
     *                          is shown
     */
    public Observer(HttpLogLevel level, int bodyLimit, Collection<String> sensitiveHeaders,
                    List<RequestListener> listeners, Supplier<? extends Collection<String>> credentialSecrets) {
        this.http = new HttpLogger(Objects.requireNonNull(level, "level == null"), bodyLimit, sensitiveHeaders);
        this.listeners = new Listeners(listeners);
        this.credentialSecrets = credentialSecrets;
    }

    /** {@return an observer without HTTP log and listeners (retries are still logged)} */
    public static Observer none() {
        return new Observer(HttpLogLevel.NONE, 0, List.of(), List.of(), List::of);
    }

    /** {@return the trace of a call of {@code spec} that starts now} */
    CallTrace begin(RequestSpec spec) {
        return new CallTrace(spec, calls.incrementAndGet(), http.on() ? http : null, listeners, credentialSecrets);
    }
}
