package ado.emulator;

import ado.emulator.internal.http.FaultAction;
import java.util.concurrent.atomic.AtomicInteger;

/** An installed fault rule: how often it has fired and how many uses it has left. */
public final class Fault {

    static final int ALWAYS = -1;

    /** Matches a request. */
    interface Matcher {
        boolean matches(String method, String path, String rawQuery);
    }

    private final String description;
    private final FaultAction action;
    private final AtomicInteger remaining;
    private final AtomicInteger triggered = new AtomicInteger();
    private final Matcher matcher;

    Fault(String description, FaultAction action, int uses, Matcher matcher) {
        this.description = description;
        this.action = action;
        this.remaining = new AtomicInteger(uses);
        this.matcher = matcher;
    }

    /** {@return how many requests this fault has been applied to} */
    public int triggered() {
        return triggered.get();
    }

    /** {@return how many more requests it will apply to; -1 when it applies to every request} */
    public int remaining() {
        return remaining.get();
    }

    /** Stops the fault from applying to further requests. */
    public void cancel() {
        remaining.set(0);
    }

    boolean matches(String method, String path, String rawQuery) {
        return matcher.matches(method, path, rawQuery);
    }

    boolean take() {
        while (true) {
            int left = remaining.get();
            if (left == 0) {
                return false;
            }
            if (left == ALWAYS || remaining.compareAndSet(left, left - 1)) {
                triggered.incrementAndGet();
                return true;
            }
        }
    }

    FaultAction action() {
        return action;
    }

    @Override
    public String toString() {
        return "Fault[" + description + " -> " + action + ", triggered=" + triggered + ", remaining=" + remaining
                + "]";
    }
}
