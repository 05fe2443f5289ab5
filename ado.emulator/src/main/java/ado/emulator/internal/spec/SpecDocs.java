package ado.emulator.internal.spec;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Microsoft's OpenAPI (Swagger 2.0) files of every REST area, read from a directory laid out as
 * {@code <area>/<name>.json} (the build's {@code testdata/ado-specs}): the operations with their request and
 * response schemas and each file's {@code definitions}. A directory is read once per JVM.
 */
public final class SpecDocs {

    private static final Map<Path, SpecDocs> CACHE = new ConcurrentHashMap<>();
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "head", "options");

    /** An operation's specification: its own JSON and the {@code definitions} its schemas refer to. */
    public record Entry(SpecOperation operation, JsonObject spec, JsonObject definitions) {

        /** {@return the schema of the {@code in: body} parameter, if the operation takes a body} */
        public Optional<JsonObject> requestSchema() {
            if (spec.get("parameters") instanceof JsonArray params) {
                for (JsonValue p : params.values()) {
                    if (p instanceof JsonObject o && o.get("in") instanceof JsonString in
                            && in.value().equals("body") && o.get("schema") instanceof JsonObject s) {
                        return Optional.of(s);
                    }
                }
            }
            return Optional.empty();
        }

        /** {@return the response statuses the specification lists} */
        public List<String> statuses() {
            return spec.get("responses") instanceof JsonObject r ? List.copyOf(r.members().keySet()) : List.of();
        }

        /** {@return the schema of the answer with {@code status}, if the specification gives one} */
        public Optional<JsonObject> responseSchema(int status) {
            if (spec.get("responses") instanceof JsonObject r && r.get(Integer.toString(status)) instanceof JsonObject
                    res && res.get("schema") instanceof JsonObject s) {
                return Optional.of(s);
            }
            return Optional.empty();
        }
    }

    private final OperationIndex index;
    private final Map<SpecOperation, Entry> entries;

    private SpecDocs(OperationIndex index, Map<SpecOperation, Entry> entries) {
        this.index = index;
        this.entries = entries;
    }

    /** {@return the specifications in {@code dir}, read once per JVM} */
    public static SpecDocs load(Path dir) {
        return CACHE.computeIfAbsent(dir.toAbsolutePath().normalize(), SpecDocs::read);
    }

    private static SpecDocs read(Path dir) {
        var ops = new ArrayList<SpecOperation>();
        var entries = new HashMap<SpecOperation, Entry>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, 2)) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.getParent().equals(dir)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the specifications in " + dir, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no specification files in " + dir);
        }
        for (Path file : files) {
            String area = file.getParent().getFileName().toString();
            JsonObject doc;
            try {
                doc = (JsonObject) JsonValue.parse(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            String host = doc.string("host").orElse("dev.azure.com");
            JsonObject definitions = doc.get("definitions") instanceof JsonObject d ? d : JsonObject.EMPTY;
            JsonObject sharedParams = doc.get("parameters") instanceof JsonObject p ? p : JsonObject.EMPTY;
            var paths = new java.util.LinkedHashMap<String, JsonValue>();
            for (String key : List.of("paths", "x-ms-paths")) {
                if (doc.get(key) instanceof JsonObject p) {
                    paths.putAll(p.members());
                }
            }
            paths.forEach((path, item) -> {
                if (!(item instanceof JsonObject methods)) {
                    return;
                }
                methods.members().forEach((method, opValue) -> {
                    if (!METHODS.contains(method) || !(opValue instanceof JsonObject op)) {
                        return;
                    }
                    JsonObject resolved = resolveParameters(op, sharedParams);
                    SpecOperation o = OperationIndex.operation(area, host, method, markOptional(path, resolved),
                            op.string("operationId").orElse(method + " " + path));
                    ops.add(o);
                    entries.put(o, new Entry(o, resolved, definitions));
                });
            });
        }
        return new SpecDocs(new OperationIndex(ops), Map.copyOf(entries));
    }

    /** Replaces {@code $ref} parameters by the file's shared ones. */
    private static JsonObject resolveParameters(JsonObject op, JsonObject shared) {
        if (!(op.get("parameters") instanceof JsonArray params)) {
            return op;
        }
        var list = new ArrayList<JsonValue>();
        for (JsonValue p : params.values()) {
            if (p instanceof JsonObject o && o.get("$ref") instanceof JsonString ref
                    && ref.value().startsWith("#/parameters/")) {
                JsonValue target = shared.get(ref.value().substring("#/parameters/".length()));
                list.add(target == null ? p : target);
            } else {
                list.add(p);
            }
        }
        return op.toBuilder().put("parameters", new JsonArray(list)).build();
    }

    /** Writes {@code {name?}} for the path variables other than the organisation that are not required. */
    private static String markOptional(String path, JsonObject op) {
        String out = path;
        if (op.get("parameters") instanceof JsonArray params) {
            for (JsonValue p : params.values()) {
                if (p instanceof JsonObject o && o.get("in") instanceof JsonString in && in.value().equals("path")
                        && o.get("x-ms-required") instanceof JsonBoolean req && !req.value()) {
                    String name = o.string("name").orElse("");
                    if (!name.equals("organization")) {
                        out = out.replace("{" + name + "}", "{" + name + "?}");
                    }
                }
            }
        }
        return out;
    }

    /** {@return the index of every operation} */
    public OperationIndex index() {
        return index;
    }

    /** {@return the specification of {@code operation}} */
    public Optional<Entry> entry(SpecOperation operation) {
        return Optional.ofNullable(entries.get(operation));
    }
}
