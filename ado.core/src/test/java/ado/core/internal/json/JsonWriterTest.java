package ado.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte writer: numbers, separators and prepared names. */
class JsonWriterTest {

    private static String written(JsonWriter w) {
        return new String(w.toByteArray(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 9, 10, 99, 100, 123456789, Long.MAX_VALUE, Long.MIN_VALUE, -1000000000000L})
    void value_long_isItsDecimalText(long value) {
        var w = new JsonWriter();

        w.value(value);

        assertThat(written(w)).isEqualTo(Long.toString(value));
    }

    @Test
    void value_doublesAndDecimals_areValidJsonNumbers() {
        var w = new JsonWriter();

        w.beginArray();
        w.value(1.5);
        w.value(1e-7);
        w.value(new BigDecimal("1E+3"));
        w.value(2.5f);
        w.endArray();

        assertThat(written(w)).isEqualTo("[1.5,1.0E-7,1E+3,2.5]");
    }

    @Test
    void value_nonFiniteDouble_fails() {
        assertThatThrownBy(() -> new JsonWriter().value(Double.NaN))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Cannot write NaN: JSON numbers must be finite");
        assertThatThrownBy(() -> new JsonWriter().value(Float.NEGATIVE_INFINITY))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Cannot write -Infinity: JSON numbers must be finite");
    }

    @Test
    void separators_nestedContainers_placeCommasBetweenValuesOnly() {
        var w = new JsonWriter();

        w.beginObject();
        w.name(JsonWriter.nameBytes("a"));
        w.beginArray();
        w.value(1);
        w.beginObject();
        w.endObject();
        w.nullValue();
        w.endArray();
        w.name("b");
        w.value(true);
        w.endObject();

        assertThat(written(w)).isEqualTo("{\"a\":[1,{},null],\"b\":true}");
    }

    @Test
    void nameBytes_nameNeedingEscapes_isQuotedEscapedWithColon() {
        assertThat(new String(JsonWriter.nameBytes("a\"b\\c\n"), StandardCharsets.UTF_8))
                .isEqualTo("\"a\\\"b\\\\c\\n\":");
    }

    @Test
    void value_manyEmptyStrings_fitTheBuffer() {
        var w = new JsonWriter();
        w.beginArray();
        for (int i = 0; i < 1000; i++) {
            w.value("");
        }
        w.endArray();

        assertThat(written(w)).hasSize(2 + 1000 * 2 + 999);
    }

    @Test
    void value_stringsStraddlingChunks_encodeEveryCharacter() {
        var w = new JsonWriter();
        String text = "a".repeat(1023) + "😀" + "\u0001".repeat(2000) + "é";

        w.value(text);

        assertThat(written(w)).isEqualTo("\"" + "a".repeat(1023) + "😀" + "\\u0001".repeat(2000) + "é\"");
    }

    @Test
    void value_longString_growsTheBuffer() {
        var w = new JsonWriter();
        String text = "é".repeat(100_000);

        w.value(text);

        assertThat(written(w)).isEqualTo("\"" + text + "\"");
    }
}
