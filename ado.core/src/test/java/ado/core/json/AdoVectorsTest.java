package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request and response body in the shared Azure DevOps vectors parses, and survives a tree round trip
 * (parse, write, parse) without loss. The vectors live outside the repository: {@code -Dado.vectors=DIR}, else
 * {@code /work/shared/ado-vectors}.
 */
class AdoVectorsTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();
    private static final Path VECTORS = Path.of(System.getProperty("ado.vectors", "/work/shared/ado-vectors"));

    static List<Path> vectorFiles() {
        if (!Files.isDirectory(VECTORS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(VECTORS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void vectors_arePresent() {
        assumeTrue(Files.isDirectory(VECTORS), "no vectors at " + VECTORS);

        assertThat(vectorFiles()).hasSizeGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorFiles")
    void readWriteRead_everyRequestAndResponse_isLossless(Path file) throws IOException {
        var vector = (JsonObject) CODEC.read(Files.readAllBytes(file), JsonType.of(JsonValue.class));
        for (String body : List.of("request", "response")) {
            JsonValue value = vector.get(body);
            assertThat(value).as("%s of %s", body, file).isNotNull();

            byte[] written = CODEC.write(value);
            JsonValue reread = CODEC.read(written, JsonType.of(JsonValue.class));

            assertThat(reread).as("%s of %s", body, file).isEqualTo(value);
            assertThat(CODEC.write(reread)).as("%s of %s written twice", body, file).isEqualTo(written);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorFiles")
    void readWriteRead_wholeVectorFile_isLossless(Path file) throws IOException {
        JsonValue vector = CODEC.read(Files.readAllBytes(file), JsonType.of(JsonValue.class));

        assertThat(CODEC.read(CODEC.write(vector), JsonType.of(JsonValue.class))).isEqualTo(vector);
    }
}
