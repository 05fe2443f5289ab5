package ado.emulator.internal.spec;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Conformance;
import ado.emulator.internal.http.Handler;
import ado.emulator.internal.http.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One emulator's conformance to Microsoft's REST specification. Always: a request for an operation of the
 * specification that no route serves gets 501 naming the operation. With the specification files (the
 * {@code ado.specs} system property, which the build sets for every test JVM, or the builder's option): every 2xx
 * JSON answer is checked against the operation's response schema and every request body the emulator accepted
 * against the request schema; violations are collected and {@link #verify()} (called by
 * {@code AdoEmulator.close()}) throws an {@link AssertionError} listing them, so a test whose emulator answered
 * off-spec fails. {@code spec-exceptions.txt} lists, with reasons, where the specification is wrong.
 */
public final class SpecValidation {

    /** The system property naming the specification directory. */
    public static final String PROPERTY = "ado.specs";
    private static final int MAX_KEPT = 500;

    private final String organization;
    private final OperationIndex index;
    private final SpecDocs docs;
    private final SpecExceptions exceptions;
    private final Map<String, Violation> violations = new LinkedHashMap<>();
    private final Set<String> validatedOperations = new TreeSet<>();
    private final AtomicLong validated = new AtomicLong();
    private final List<Coverage.ServedRoute> routes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private long dropped;

    private SpecValidation(String organization, SpecDocs docs) {
        this.organization = organization;
        this.docs = docs;
        this.index = docs != null ? docs.index() : OperationIndex.bundled();
        this.exceptions = docs != null ? SpecExceptions.bundled() : null;
    }

    /**
     * {@return the conformance of an emulator of {@code organization}}: validating against {@code specs} when given,
     * else against the directory the {@code ado.specs} system property names, if it exists; else the operation
     * index only
     */
    public static SpecValidation create(String organization, Path specs) {
        Path dir = specs;
        if (dir == null && System.getProperty(PROPERTY) != null && !System.getProperty(PROPERTY).isBlank()) {
            Path p = Path.of(System.getProperty(PROPERTY));
            dir = Files.isDirectory(p) ? p : null;
        }
        return new SpecValidation(Objects.requireNonNull(organization, "organization == null"),
                dir == null ? null : SpecDocs.load(dir));
    }

    /** {@return {@code directory}, checked to be a directory of specification files} */
    public static Path directory(Path directory) {
        Objects.requireNonNull(directory, "directory == null");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("specs must be a directory: " + directory);
        }
        return directory;
    }

    /** {@return whether answers are checked against the specification files} */
    public boolean validating() {
        return docs != null;
    }

    /** {@return the operation index in use} */
    public OperationIndex index() {
        return index;
    }

    /** {@return a registry that notes each listener's routes and hands out its hook} */
    public ado.emulator.internal.http.ConformanceRegistry registry() {
        return (listener, underOrganization, underRoot) -> {
            routes(listener, true, underOrganization);
            routes(listener, false, underRoot);
            return listener(listener);
        };
    }

    /** {@return the hook for the dispatcher of {@code listener}: main, vssps, vsaex or almsearch} */
    public Conformance listener(String listener) {
        return new Listener(listener);
    }

    /** Notes the routes of {@code listener} (below the organisation or the server root), for {@link #coverage()}. */
    public void routes(String listener, boolean underOrganization, List<ado.emulator.internal.http.Router.Route> list) {
        list.forEach(r -> routes.add(new Coverage.ServedRoute(listener, underOrganization, r.method(),
                r.template())));
    }

    /** {@return which operations of the specification the noted routes serve} */
    public Coverage coverage() {
        return Coverage.of(index, routes);
    }

    /** {@return how many answers were checked} */
    public long validatedAnswers() {
        return validated.get();
    }

    /** {@return the operations whose answers were checked} */
    public synchronized Set<String> validatedOperations() {
        return Set.copyOf(validatedOperations);
    }

    /** {@return the violations found so far (at most 500 distinct ones)} */
    public synchronized List<Violation> violations() {
        return List.copyOf(violations.values());
    }

    /**
     * Throws an {@link AssertionError} listing the violations found, once; nothing when there are none.
     */
    public void verify() {
        List<Violation> found;
        long more;
        synchronized (this) {
            found = List.copyOf(violations.values());
            more = dropped;
            violations.clear();
            dropped = 0;
        }
        if (found.isEmpty()) {
            return;
        }
        var sb = new StringBuilder("The emulator departed from Microsoft's REST specification (ado.specs) "
                + found.size() + (more > 0 ? " (+" + more + " more)" : "") + " time(s); fix the route, or where"
                + " the specification is wrong about the service, add a reasoned entry to"
                + " ado/emulator/internal/spec/spec-exceptions.txt:");
        found.forEach(v -> sb.append("\n  ").append(v));
        throw new AssertionError(sb.toString());
    }

    private synchronized void record(Violation v) {
        if (exceptions.covers(v)) {
            return;
        }
        String key = v.kind() + " " + v.operationId() + " " + v.path();
        if (violations.containsKey(key)) {
            return;
        }
        if (violations.size() >= MAX_KEPT) {
            dropped++;
            return;
        }
        violations.put(key, v);
    }

    private synchronized void counted(String operationId) {
        validatedOperations.add(operationId);
    }

    /** The hook of one listener. */
    private final class Listener implements Conformance {
        private final String name;

        Listener(String name) {
            this.name = name;
        }

        private List<SpecOperation> candidates(String method, List<String> segments, Set<String> query) {
            boolean underOrganization = !segments.isEmpty() && segments.get(0).equalsIgnoreCase(organization);
            return index.candidates(name, method, underOrganization,
                    underOrganization ? segments.subList(1, segments.size()) : segments, query);
        }

        @Override
        public AdoError unrouted(String method, List<String> segments, Set<String> query, AdoError notFound) {
            return candidates(method, segments, query).stream().findFirst().map(SpecValidation::notImplemented)
                    .orElse(notFound);
        }

        @Override
        public Reply serve(String method, List<String> segments, Set<String> query, List<String> route, byte[] body,
                           Call call, Handler handler) {
            List<SpecOperation> candidates = candidates(method, segments, query);
            Optional<SpecOperation> served = candidates.stream().filter(o -> o.servedBy(route)).findFirst();
            if (served.isEmpty() && !candidates.isEmpty()) {
                // the route's variable caught a literal segment of the operation that fits the request best
                throw notImplemented(candidates.get(0));
            }
            Optional<SpecDocs.Entry> entry = docs == null ? Optional.empty() : served.flatMap(docs::entry);
            Reply reply = handler.handle(call);
            if (entry.isPresent() && reply.status() >= 200 && reply.status() < 300) {
                checkRequest(entry.get(), body);
                checkReply(entry.get(), reply);
            }
            return reply;
        }
    }

    private void checkRequest(SpecDocs.Entry entry, byte[] body) {
        Optional<JsonObject> schema = entry.requestSchema();
        if (schema.isEmpty() || body.length == 0) {
            return;
        }
        JsonValue value = parse(body);
        if (value != null) {
            new SchemaCheck(entry.definitions(), false, entry.operation().operationId(), this::requestViolation)
                    .check(value, schema.get(), "$");
        }
    }

    private void requestViolation(Violation v) {
        record(new Violation("request-" + v.kind(), v.operationId(), v.path(), v.detail()
                + " (the emulator accepted it; ADO refuses such a body with 400)"));
    }

    private void checkReply(SpecDocs.Entry entry, Reply reply) {
        String opId = entry.operation().operationId();
        if (reply.status() == 204 || reply.body().length == 0 || !reply.contentType().contains("json")) {
            return;
        }
        Optional<JsonObject> schema = entry.responseSchema(reply.status());
        if (schema.isEmpty()) {
            List<String> statuses = entry.statuses();
            if (!statuses.contains(Integer.toString(reply.status()))) {
                record(new Violation("status", opId, "#status", "answered " + reply.status()
                        + " where the specification lists " + statuses));
            }
            schema = statuses.stream().filter(s -> s.startsWith("2")).map(Integer::parseInt)
                    .map(entry::responseSchema).flatMap(Optional::stream).findFirst();
        }
        if (schema.isEmpty()) {
            return;
        }
        JsonValue value = parse(reply.body());
        if (value == null) {
            record(new Violation("type", opId, "$", "the answer is not JSON"));
            return;
        }
        validated.incrementAndGet();
        counted(opId);
        var check = new SchemaCheck(entry.definitions(), true, opId, this::record);
        JsonObject s = schema.get();
        if (value instanceof JsonObject envelope && isEnvelope(envelope)
                && (isArray(entry.definitions(), s) || !definesValue(entry.definitions(), s))) {
            // ADO wraps a list, and a dictionary it answers whole, in {"count": n, "value": ...}
            check.check(envelope.get("value"), s, "$.value");
        } else {
            check.check(value, s, "$");
        }
    }

    private static boolean isEnvelope(JsonObject o) {
        return o.has("value") && o.members().keySet().stream().allMatch(m -> m.equals("count") || m.equals("value"));
    }

    private static JsonObject resolve(JsonObject definitions, JsonObject schema) {
        if (schema.get("$ref") instanceof ado.core.json.JsonString ref
                && definitions.get(ref.value().substring(ref.value().lastIndexOf('/') + 1)) instanceof JsonObject t) {
            return t;
        }
        return schema;
    }

    private static boolean isArray(JsonObject definitions, JsonObject schema) {
        return resolve(definitions, schema).string("type").filter("array"::equals).isPresent();
    }

    private static boolean definesValue(JsonObject definitions, JsonObject schema) {
        return resolve(definitions, schema).get("properties") instanceof JsonObject p && p.has("value");
    }

    private static JsonValue parse(byte[] body) {
        try {
            return JsonValue.parse(new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@return ADO's error envelope for an operation of the specification the emulator does not implement} */
    static AdoError notImplemented(SpecOperation op) {
        return new AdoError(501, "NotImplementedException", "System",
                "The emulator does not implement the operation " + op.operationId() + " (" + op.method() + " "
                        + op.path() + ", area " + op.area() + ") of Azure DevOps REST API 7.1.");
    }

    @Override
    public String toString() {
        return "SpecValidation[" + (docs != null ? "validating" : "index only") + "]";
    }
}
