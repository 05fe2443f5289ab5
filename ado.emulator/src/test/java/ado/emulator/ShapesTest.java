package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonValue;
import org.junit.jupiter.api.Test;

class ShapesTest {

    @Test
    void compare_sameKeysDifferentValues_matches() {
        var r = Shapes.compare(JsonValue.parse("{\"a\":\"x\",\"n\":1,\"o\":{\"b\":true}}"),
                JsonValue.parse("{\"a\":\"y\",\"n\":2.5,\"o\":{\"b\":false}}"));

        assertThat(r.matches()).isTrue();
        assertThat(r.extras()).isEmpty();
    }

    @Test
    void compare_missingNestedKey_reported() {
        var r = Shapes.compare(JsonValue.parse("{\"o\":{\"b\":1,\"c\":2}}"), JsonValue.parse("{\"o\":{\"b\":1}}"));

        assertThat(r.missing()).containsExactly("$.o.c");
    }

    @Test
    void compare_typeMismatch_reported() {
        var r = Shapes.compare(JsonValue.parse("{\"a\":1}"), JsonValue.parse("{\"a\":\"1\"}"));

        assertThat(r.mismatched()).containsExactly("$.a: expected number but was string");
    }

    @Test
    void compare_nullInExample_matchesAnything() {
        assertThat(Shapes.compare(JsonValue.parse("{\"a\":null}"), JsonValue.parse("{\"a\":[1]}")).matches())
                .isTrue();
    }

    @Test
    void compare_extraKeys_reportedButAllowed() {
        var r = Shapes.compare(JsonValue.parse("{\"a\":1}"), JsonValue.parse("{\"a\":1,\"b\":2}"));

        assertThat(r.matches()).isTrue();
        assertThat(r.extras()).containsExactly("$.b");
    }

    @Test
    void compare_arrayElements_needOnlyKeysEveryExampleElementHas() {
        var expected = JsonValue.parse("[{\"id\":1,\"description\":\"x\"},{\"id\":2}]");

        assertThat(Shapes.compare(expected, JsonValue.parse("[{\"id\":3},{\"id\":4}]")).matches()).isTrue();
        assertThat(Shapes.compare(expected, JsonValue.parse("[{\"id\":3},{\"name\":4}]")).missing())
                .containsExactly("$[1].id");
    }

    @Test
    void compare_emptyResponseArray_reportedMissing() {
        assertThat(Shapes.compare(JsonValue.parse("[1]"), JsonValue.parse("[]")).matches()).isFalse();
    }
}
