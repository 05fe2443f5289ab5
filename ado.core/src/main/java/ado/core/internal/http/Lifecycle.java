package ado.core.internal.http;

import ado.core.error.AdoConfigurationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether a client is open, and how many of its calls (and response streams handed to callers) are in flight.
 * After {@link #close}, new calls fail at once; what the client owns is released once the last call in flight has
 * ended. Thread-safe.
 */
final class Lifecycle {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile boolean closed;
    private volatile String owner = "the client";
    private volatile Runnable release = () -> { };

    /**
     * Counts a call in.
     *
     * @throws AdoConfigurationException if the client is closed; nothing is sent
     */
    void enter(java.util.function.Supplier<String> what) {
        inFlight.incrementAndGet();
        if (closed) {
            exit();
            throw new AdoConfigurationException(owner + " is closed; " + what.get() + " was not sent");
        }
    }

    /** Counts a call out; releases the client's resources if it was the last one of a closed client. */
    void exit() {
        if (inFlight.decrementAndGet() == 0 && closed) {
            releaseOnce();
        }
    }

    /** Refuses new calls from now on and runs {@code release} once no call is in flight. Idempotent. */
    void close(String owner, Runnable release) {
        if (closed) {
            return;
        }
        this.owner = owner;
        this.release = release;
        closed = true;
        if (inFlight.get() == 0) {
            releaseOnce();
        }
    }

    boolean closed() {
        return closed;
    }

    private void releaseOnce() {
        if (released.compareAndSet(false, true)) {
            release.run();
        }
    }
}
