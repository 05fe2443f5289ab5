package ado.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Adapters are built once per type and shared. */
class AdaptersTest {

    record Item(int id, List<Item> children, Map<String, Item> byName) {
    }

    record Box<T>(T value) {
    }

    @Test
    void of_sameType_returnsTheCachedAdapter() {
        assertThat(Adapters.of(Item.class)).isSameAs(Adapters.of(Item.class));
    }

    @Test
    void of_equalParameterizedTypesFromDifferentSources_shareOneAdapter() {
        var captured = new JsonType<List<String>>() {
        };

        assertThat(Adapters.of(captured.type())).isSameAs(Adapters.of(JsonType.listOf(String.class).type()));
    }

    @Test
    void of_differentTypeArguments_buildDifferentAdapters() {
        assertThat(Adapters.of(JsonType.of(Box.class, String.class).type()))
                .isNotSameAs(Adapters.of(JsonType.of(Box.class, Integer.class).type()));
    }

    @Test
    void of_recursiveRecord_bindsThroughItself() {
        @SuppressWarnings("unchecked")
        var adapter = (TypeAdapter<Item>) Adapters.of(Item.class);
        var in = new JsonReader("{\"id\":1,\"children\":[{\"id\":2}],\"byName\":{\"x\":{\"id\":3}}}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), 10, true);

        Item item = adapter.read(in);

        assertThat(item.children().get(0).id()).isEqualTo(2);
        assertThat(item.byName().get("x").id()).isEqualTo(3);
    }

    @Test
    void of_primitiveAndBox_differInNullHandling() {
        assertThat(Adapters.of(int.class)).isNotSameAs(Adapters.of(Integer.class));
    }
}
