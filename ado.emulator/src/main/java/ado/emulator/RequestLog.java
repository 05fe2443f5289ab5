package ado.emulator;

import ado.emulator.internal.http.Recorder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The requests the emulator received, for assertions: exact counts per method and path (unbounded), and the
 * latest requests themselves (at most {@value #KEPT}).
 */
public final class RequestLog {

    static final int KEPT = 10_000;

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Deque<RecordedRequest> latest = new ArrayDeque<>();

    RequestLog() {
    }

    Recorder recorder() {
        return (method, path, query, headers, body) -> {
            counts.computeIfAbsent(method + " " + path, k -> new LongAdder()).increment();
            synchronized (latest) {
                latest.addLast(new RecordedRequest(method, path, query, headers, body));
                if (latest.size() > KEPT) {
                    latest.removeFirst();
                }
            }
        };
    }

    /**
     * {@return how many requests with {@code method} ({@code "*"}: any) had a path ending with {@code pathSuffix}}
     *
     * @param method the HTTP method, or {@code "*"} for any
     * @param pathSuffix the end of the raw path
     */
    public long count(String method, String pathSuffix) {
        String m = method.toUpperCase(Locale.ROOT);
        return counts.entrySet().stream().filter(e -> {
            int space = e.getKey().indexOf(' ');
            return (m.equals("*") || e.getKey().substring(0, space).equals(m))
                    && e.getKey().substring(space + 1).endsWith(pathSuffix);
        }).mapToLong(e -> e.getValue().sum()).sum();
    }

    /** {@return the total number of requests} */
    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** {@return the latest requests, oldest first} */
    public List<RecordedRequest> all() {
        synchronized (latest) {
            return List.copyOf(new ArrayList<>(latest));
        }
    }

    /**
     * {@return the latest requests with {@code method} ({@code "*"}: any) and a path ending with
     * {@code pathSuffix}}
     *
     * @param method the HTTP method, or {@code "*"} for any
     * @param pathSuffix the end of the raw path
     */
    public List<RecordedRequest> matching(String method, String pathSuffix) {
        String m = method.toUpperCase(Locale.ROOT);
        return all().stream().filter(r -> (m.equals("*") || r.method().equals(m)) && r.path().endsWith(pathSuffix))
                .toList();
    }

    /** Forgets every request and count. */
    public void clear() {
        counts.clear();
        synchronized (latest) {
            latest.clear();
        }
    }
}
