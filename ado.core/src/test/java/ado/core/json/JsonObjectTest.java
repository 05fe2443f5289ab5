package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JsonObject's immutability, including objects built without a copy. */
class JsonObjectTest {

    @Test
    void builder_changedAfterBuild_leavesTheBuiltObjectAlone() {
        var builder = JsonObject.builder().put("a", 1);
        JsonObject first = builder.build();

        builder.put("b", 2).remove("a");

        assertThat(first.members()).containsOnlyKeys("a");
        assertThat(builder.build().members()).containsOnlyKeys("b");
    }

    @Test
    void members_builtObject_isUnmodifiable() {
        JsonObject o = JsonObject.builder().put("a", 1).build();

        assertThatThrownBy(() -> o.members().put("b", JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.members().entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_mapChangedLater_leavesTheObjectAlone() {
        var map = new LinkedHashMap<String, JsonValue>();
        map.put("a", JsonBoolean.TRUE);
        var o = new JsonObject(map);

        map.put("b", JsonBoolean.FALSE);

        assertThat(o.members()).containsOnlyKeys("a");
    }

    @Test
    void equals_sameMembersInAnyOrderOrMapType_isEqual() {
        JsonObject built = JsonObject.builder().put("a", 1).put("b", "x").build();
        var copied = new JsonObject(Map.of("b", JsonString.of("x"), "a", JsonNumber.of(1)));

        assertThat(built).isEqualTo(copied).hasSameHashCodeAs(copied);
        assertThat(built.members()).isEqualTo(Map.of("a", JsonNumber.of(1), "b", JsonString.of("x")));
    }

    @Test
    void constructor_nullMember_isRejectedNamingIt() {
        var map = new LinkedHashMap<String, JsonValue>();
        map.put("a", null);

        assertThatThrownBy(() -> new JsonObject(map)).isInstanceOf(NullPointerException.class)
                .hasMessage("member 'a' == null (use JsonNull.INSTANCE)");
    }
}
