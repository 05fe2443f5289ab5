package ado.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonString;
import ado.model.JsonPatchOperation.Op;
import org.junit.jupiter.api.Test;

class JsonPatchOperationTest {

    @Test
    void add_pathAndValue_buildsAddOperation() {
        var op = JsonPatchOperation.add("/fields/System.Title", JsonString.of("x"));

        assertThat(op).isEqualTo(new JsonPatchOperation(Op.ADD, "/fields/System.Title", null, JsonString.of("x")));
    }

    @Test
    void move_fromAndPath_setsBoth() {
        var op = JsonPatchOperation.move("/a", "/b");

        assertThat(op.from()).isEqualTo("/a");
        assertThat(op.path()).isEqualTo("/b");
        assertThat(op.value()).isNull();
    }

    @Test
    void replace_jsonNullValue_isAllowed() {
        assertThat(JsonPatchOperation.replace("/x", JsonNull.INSTANCE).value()).isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void constructor_nullOp_throwsNamingOp() {
        assertThatThrownBy(() -> new JsonPatchOperation(null, "/rev", null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("op == null");
    }

    @Test
    void constructor_nullPath_throwsNamingPath() {
        assertThatThrownBy(() -> JsonPatchOperation.remove(null))
                .isInstanceOf(NullPointerException.class).hasMessage("path == null");
    }

    @Test
    void constructor_pathWithoutSlash_throwsNamingPathAndValue() {
        assertThatThrownBy(() -> JsonPatchOperation.remove("fields"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path must be empty or start with '/': fields");
    }

    @Test
    void test_withoutValue_throwsNamingValueAndOp() {
        assertThatThrownBy(() -> JsonPatchOperation.test("/rev", null))
                .isInstanceOf(NullPointerException.class).hasMessage("value == null for op TEST");
    }

    @Test
    void copy_withoutFrom_throwsNamingFrom() {
        assertThatThrownBy(() -> JsonPatchOperation.copy(null, "/b"))
                .isInstanceOf(NullPointerException.class).hasMessage("from == null");
    }

    @Test
    void test_revision_keepsNumber() {
        assertThat(JsonPatchOperation.test("/rev", JsonNumber.of(3)).value()).isEqualTo(JsonNumber.of(3));
    }
}
