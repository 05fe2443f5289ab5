package ado.json;

import static org.assertj.core.api.Assertions.assertThat;
import ado.core.Envelope;
import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.util.function.UnaryOperator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Microsoft's Azure DevOps request/response examples in {@code testdata/ado-vectors}; the build passes their
 * directory as the system property {@code ado.vectors}.
 */
final class Vectors {

    private Vectors() {
    }

    static Path dir() {
        Path dir = Path.of(System.getProperty("ado.vectors", "../testdata/ado-vectors"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Azure DevOps vectors not found; set -Dado.vectors=<dir>: " + dir);
        }
        return dir;
    }

    /** {@return every vector file, as a path relative to {@link #dir()} such as {@code git/PullRequests_Create.json}} */
    static List<String> all() {
        Path dir = dir();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String vector) {
        try {
            return Files.readAllBytes(dir().resolve(vector));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return member {@code part} ({@code response}, {@code requestBody}, ...) of {@code vector}, as a tree} */
    static JsonValue part(String vector, String part) {
        return ((JsonObject) Codecs.BUILTIN.read(bytes(vector), JsonType.of(JsonValue.class))).get(part);
    }

    /** {@return the type of ADO's {@code {count, value}} list of {@code item}} */
    static JsonType<?> envelope(Class<?> item) {
        return JsonType.of(Envelope.class, item);
    }

    /** Asserts that both codecs bind {@code part} of {@code vector} to equal records of {@code type}. */
    static void assertCodecsBindEqual(String vector, String part, JsonType<?> type) {
        byte[] json = Codecs.BUILTIN.write(part(vector, part));

        assertThat(Codecs.JACKSON.read(json, type)).isEqualTo(Codecs.BUILTIN.read(json, type));
    }

    /**
     * Asserts that, with each codec, the record bound from {@code part} of {@code vector} writes back the same JSON,
     * empty members aside, after {@code normalise} (for lists, the {@code value} arrays are compared).
     */
    static void assertWritesBack(String vector, String part, JsonType<?> type, UnaryOperator<JsonValue> normalise) {
        JsonValue original = part(vector, part);
        for (JsonCodec codec : Codecs.both().toList()) {
            Object record = codec.fromTree(original, type);
            JsonValue written = codec.toTree(record);
            JsonValue expected = original;
            if (record instanceof Envelope<?>) {
                written = ((JsonObject) written).get("value");
                expected = ((JsonObject) original).get("value");
            }
            assertThat(VectorContractTest.withoutEmpties(normalise.apply(written))).as(codec.name())
                    .isEqualTo(VectorContractTest.withoutEmpties(normalise.apply(expected)));
        }
    }
}
