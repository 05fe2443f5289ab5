package ado.model;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonCodec;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that a record binds a Microsoft example without losing anything: bound and written back, the JSON equals
 * the example's, where {@code null}, {@code {}} and {@code []} count as absent (records keep absent optional fields as
 * {@code null} and absent collections as empty ones).
 */
public final class Lossless {

    private static final Path VECTORS = Path.of(System.getProperty("ado.vectors", "../testdata/ado-vectors"));
    private static final JsonCodec CODEC = JsonCodec.builtin();

    private Lossless() {
    }

    /** {@return member {@code part} ({@code request} or {@code response}) of vector {@code vector}} */
    public static JsonValue part(String vector, String part) {
        try {
            return ((JsonObject) JsonValue.parse(Files.readString(VECTORS.resolve(vector)))).get(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code json} survives binding to {@code type} and writing back; {@return the bound value} */
    public static <T> T roundTrip(JsonValue json, JsonType<T> type, String label) {
        T bound = CODEC.read(CODEC.write(json), type);
        JsonValue written = CODEC.read(CODEC.write(bound), JsonType.of(JsonValue.class));

        assertThat(normalised(written)).as(label).isEqualTo(normalised(json));
        return bound;
    }

    /** Asserts that {@code part} of {@code vector} survives binding to {@code type}; {@return the bound value} */
    public static <T> T vector(String vector, String part, JsonType<T> type) {
        return roundTrip(part(vector, part), type, vector + " " + part);
    }

    /** {@return {@code value} without {@code null}, empty-object and empty-array members, at every depth} */
    public static JsonValue normalised(JsonValue value) {
        if (value instanceof JsonObject o) {
            var b = JsonObject.builder();
            o.members().forEach((k, v) -> {
                JsonValue n = normalised(v);
                if (!(n instanceof JsonNull) && !JsonObject.EMPTY.equals(n) && !JsonArray.EMPTY.equals(n)) {
                    b.put(k, n);
                }
            });
            return b.build();
        }
        if (value instanceof JsonArray a) {
            return new JsonArray(a.values().stream().map(Lossless::normalised).toList());
        }
        return value;
    }
}
