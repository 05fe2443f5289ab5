package ado.model.conformance;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Microsoft's OpenAPI (Swagger 2.0) specs, read from the directory of system property {@code ado.specs}: each file
 * by its path under that directory ({@code build/build.json}), each definition by {@code file#name}, with
 * {@code $ref} (within the file) and {@code allOf} inheritance resolved.
 */
final class SpecIndex {

    private static final String REF_PREFIX = "#/definitions/";

    private final Map<String, JsonObject> definitionsByFile;

    private SpecIndex(Map<String, JsonObject> definitionsByFile) {
        this.definitionsByFile = definitionsByFile;
    }

    /** {@return the specs of {@code ado.specs}}; fails if the property or the directory is missing */
    static SpecIndex load() {
        String dir = System.getProperty("ado.specs");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("system property ado.specs must name the spec directory: " + dir);
        }
        Path root = Path.of(dir);
        Map<String, JsonObject> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.filter(f -> f.toString().endsWith(".json"))::iterator) {
                JsonValue spec = JsonValue.parse(Files.readString(p));
                if (spec instanceof JsonObject o && o.get("definitions") instanceof JsonObject defs) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), defs);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpecIndex(files);
    }

    /** {@return how many spec files have definitions} */
    int fileCount() {
        return definitionsByFile.size();
    }

    /** {@return whether {@code file} has definition {@code name}} */
    boolean has(String file, String name) {
        JsonObject defs = definitionsByFile.get(file);
        return defs != null && defs.get(name) instanceof JsonObject;
    }

    /** {@return the raw schema of definition {@code name} of {@code file}} */
    JsonObject definition(String file, String name) {
        if (!has(file, name)) {
            throw new IllegalArgumentException("no definition " + file + "#" + name);
        }
        return (JsonObject) definitionsByFile.get(file).get(name);
    }

    /** {@return the definition name of a {@code $ref} schema, or {@code null} if {@code schema} is no reference} */
    static String refName(JsonObject schema) {
        if (schema.get("$ref") instanceof JsonString ref && ref.value().startsWith(REF_PREFIX)) {
            return ref.value().substring(REF_PREFIX.length());
        }
        return null;
    }

    /** {@return the properties of definition {@code name}, inherited ones ({@code allOf}) first} */
    Map<String, JsonObject> properties(String file, String name) {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        collect(file, definition(file, name), out, 0);
        return out;
    }

    private void collect(String file, JsonObject schema, Map<String, JsonObject> out, int depth) {
        if (depth > 20) {
            throw new IllegalStateException("allOf cycle in " + file);
        }
        if (schema.get("allOf") instanceof JsonArray parts) {
            for (JsonValue part : parts.values()) {
                if (part instanceof JsonObject p) {
                    String ref = refName(p);
                    collect(file, ref != null ? definition(file, ref) : p, out, depth + 1);
                }
            }
        }
        if (schema.get("properties") instanceof JsonObject props) {
            props.members().forEach((k, v) -> {
                if (v instanceof JsonObject o) {
                    out.put(k, o);
                }
            });
        }
    }

    /** {@return {@code name} and the definitions it inherits from ({@code allOf}), nearest first} */
    List<String> lineage(String file, String name) {
        List<String> out = new ArrayList<>();
        String current = name;
        while (current != null && has(file, current) && !out.contains(current)) {
            out.add(current);
            String parent = null;
            if (definition(file, current).get("allOf") instanceof JsonArray parts) {
                for (JsonValue part : parts.values()) {
                    if (part instanceof JsonObject p && refName(p) != null) {
                        parent = refName(p);
                    }
                }
            }
            current = parent;
        }
        return out;
    }

    /** {@return the spec's enum values of {@code schema}, following a {@code $ref}; empty if it is no enum} */
    List<String> enumValues(String file, JsonObject schema) {
        JsonObject s = schema;
        String ref = refName(s);
        if (ref != null && has(file, ref)) {
            s = definition(file, ref);
        }
        List<String> out = new ArrayList<>();
        if (s.get("enum") instanceof JsonArray values) {
            for (JsonValue v : values.values()) {
                if (v instanceof JsonString str) {
                    out.add(str.value());
                }
            }
        }
        return out;
    }
}
