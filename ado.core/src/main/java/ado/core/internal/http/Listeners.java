package ado.core.internal.http;

import ado.core.spi.RequestListener;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The {@link RequestListener}s of one client, called in order. A listener that throws does not break the call nor
 * keep the others from being called: its first failure is logged at {@code WARNING} to {@code ado.core.http}, later
 * ones at {@code DEBUG}.
 */
final class Listeners {

    private final List<RequestListener> listeners;
    private final AtomicBoolean[] warned;

    Listeners(List<RequestListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.warned = new AtomicBoolean[this.listeners.size()];
        for (int k = 0; k < warned.length; k++) {
            warned[k] = new AtomicBoolean();
        }
    }

    /** {@return whether there is no listener, so events need not be made} */
    boolean isEmpty() {
        return listeners.isEmpty();
    }

    /** Calls {@code event} on every listener, catching what each throws. */
    void fire(String what, Consumer<RequestListener> event) {
        for (int k = 0; k < listeners.size(); k++) {
            RequestListener listener = listeners.get(k);
            try {
                event.accept(listener);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable t) {
                boolean first = warned[k].compareAndSet(false, true);
                Transport.LOG.log(first ? Level.WARNING : Level.DEBUG, "Request listener " + listener.getClass()
                        .getName() + " threw from " + what + "; ignored" + (first ? " (later failures of this"
                        + " listener are logged at DEBUG)" : ""), t);
            }
        }
    }
}
