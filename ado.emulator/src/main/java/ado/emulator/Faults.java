package ado.emulator;

import ado.emulator.internal.http.FaultAction;
import ado.emulator.internal.http.FaultSource;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Faults to inject into matching requests, for tests. A rule matches by method ({@code "*"} for any) and either a
 * suffix of the request path (without the query) or a regular expression found in the path and query. It applies
 * once unless told otherwise; the first rule with uses left wins.
 *
 * <pre>{@code
 * emulator.faults().on("GET", "/_apis/projects").times(2).status(503);
 * emulator.faults().onRegex("GET", "/commits\\?.*skip=100").once().truncateBody();
 * emulator.faults().on("POST", "/pushes").always().delay(Duration.ofMillis(200));
 * }</pre>
 */
public final class Faults {

    private final List<Fault> rules = new CopyOnWriteArrayList<>();

    Faults() {
    }

    /**
     * {@return a rule for requests with {@code method} whose path ends with {@code pathSuffix}}
     *
     * @param method the HTTP method, or {@code *} for any
     * @param pathSuffix the end of the request path, decoded, without the query
     */
    public Rule on(String method, String pathSuffix) {
        Objects.requireNonNull(pathSuffix, "pathSuffix == null");
        return new Rule(method, "path ends with " + pathSuffix, (path, query) -> path.endsWith(pathSuffix));
    }

    /**
     * {@return a rule for requests with {@code method} whose path and query contain a match of {@code regex}}
     *
     * @param method the HTTP method, or {@code *} for any
     * @param regex a regular expression found in the decoded path and raw query ({@code path?query})
     */
    public Rule onRegex(String method, String regex) {
        Pattern pattern = Pattern.compile(Objects.requireNonNull(regex, "regex == null"));
        return new Rule(method, "matches " + regex,
                (path, query) -> pattern.matcher(query == null ? path : path + "?" + query).find());
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
    }

    /** {@return the installed rules, including used-up ones} */
    public List<Fault> rules() {
        return List.copyOf(rules);
    }

    FaultSource source() {
        return (method, path, query) -> {
            String decodedPath = java.net.URLDecoder.decode(path.replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (Fault f : rules) {
                if (f.matches(method, decodedPath, query) && f.take()) {
                    return f.action();
                }
            }
            return null;
        };
    }

    /** Matches a path and raw query. */
    interface PathMatcher {
        boolean test(String path, String rawQuery);
    }

    /** A rule being defined: choose how often, then the fault. */
    public final class Rule {
        private final String method;
        private final String description;
        private final PathMatcher matcher;
        private int uses = 1;

        private Rule(String method, String description, PathMatcher matcher) {
            this.method = Objects.requireNonNull(method, "method == null").toUpperCase(Locale.ROOT);
            this.description = description;
            this.matcher = matcher;
        }

        /**
         * Applies the fault to the next matching request only (the default).
         *
         * @return this rule
         */
        public Rule once() {
            return times(1);
        }

        /**
         * Applies the fault to the next {@code n} matching requests.
         *
         * @param n how many requests; at least 1
         * @return this rule
         * @throws IllegalArgumentException if {@code n} is below 1
         */
        public Rule times(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("n must be at least 1: " + n);
            }
            uses = n;
            return this;
        }

        /**
         * Applies the fault to every matching request until {@link Fault#cancel()} or {@link Faults#clear()}.
         *
         * @return this rule
         */
        public Rule always() {
            uses = Fault.ALWAYS;
            return this;
        }

        /**
         * Drops the connection before reading the request body.
         *
         * @return the installed fault
         */
        public Fault resetBeforeRead() {
            return install(new FaultAction.ResetBeforeRead());
        }

        /**
         * Reads the request body, then drops the connection without answering.
         *
         * @return the installed fault
         */
        public Fault resetAfterRead() {
            return install(new FaultAction.ResetAfterRead());
        }

        /**
         * Serves the request, so a write is applied, then drops the connection without answering: the client cannot
         * tell this from {@link #resetAfterRead()}, which applies nothing.
         *
         * @return the installed fault
         */
        public Fault resetAfterApply() {
            return install(new FaultAction.ResetAfterApply());
        }

        /**
         * Waits {@code duration}, then serves the request normally.
         *
         * @param duration how long to wait
         * @return the installed fault
         */
        public Fault delay(Duration duration) {
            return install(new FaultAction.Delay(duration));
        }

        /**
         * Serves the request but sends only half of the announced body, then drops the connection. Downloads (raw
         * bytes to a GET) carry a strong {@code ETag} and honour {@code Range}/{@code If-Range}, so a client can
         * resume after the cut; a ranged answer is cut at half of the range sent.
         *
         * @return the installed fault
         */
        public Fault truncateBody() {
            return install(new FaultAction.TruncateBody());
        }

        /**
         * Answers {@code status} with an ADO error body instead of serving.
         *
         * @param status the HTTP status to answer
         * @return the installed fault
         */
        public Fault status(int status) {
            return install(new FaultAction.Status(status));
        }

        /**
         * Answers 429 with {@code Retry-After: retryAfterSeconds}, {@code X-RateLimit-*} and ADO's TF400733 body.
         *
         * @param retryAfterSeconds the {@code Retry-After} value, in seconds
         * @return the installed fault
         */
        public Fault throttle429(int retryAfterSeconds) {
            return install(new FaultAction.Throttle429(retryAfterSeconds));
        }

        /**
         * Serves the request normally but adds {@code Retry-After} and {@code X-RateLimit-*} (ADO's delay).
         *
         * @param retryAfterSeconds the {@code Retry-After} value, in seconds
         * @return the installed fault
         */
        public Fault throttle200(int retryAfterSeconds) {
            return install(new FaultAction.Throttle200(retryAfterSeconds));
        }

        /**
         * Answers 203 with an HTML sign-in page.
         *
         * @return the installed fault
         */
        public Fault htmlPage() {
            return install(new FaultAction.HtmlPage());
        }

        private Fault install(FaultAction action) {
            Predicate<String> methodMatches = m -> method.equals("*") || method.equals(m);
            var fault = new Fault(method + " " + description, action, uses,
                    (m, path, query) -> methodMatches.test(m) && matcher.test(path, query));
            rules.add(fault);
            return fault;
        }
    }
}
