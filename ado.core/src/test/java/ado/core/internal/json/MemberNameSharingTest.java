package ado.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Decoded trees share one String per member name, within a document and across documents, as Jackson's do. */
class MemberNameSharingTest {

    @Test
    void manyObjectsWithManyNames_shareOneStringPerName() {
        // 100 names: with a direct-mapped cache, names sharing a slot evicted each other on every object
        String object = IntStream.range(0, 100).mapToObj(i -> "\"System.Field" + i + "\":" + i)
                .collect(Collectors.joining(",", "{", "}"));
        String json = IntStream.range(0, 200).mapToObj(i -> object).collect(Collectors.joining(",", "[", "]"));

        JsonValue tree = JsonCodec.builtin().read(json.getBytes(StandardCharsets.UTF_8), JsonValue.class);

        Set<String> instances = Collections.newSetFromMap(new IdentityHashMap<>());
        for (JsonValue v : ((JsonArray) tree).values()) {
            instances.addAll(((JsonObject) v).members().keySet());
        }
        assertThat(instances).hasSize(100);
    }

    @Test
    void twoDocuments_shareTheirMemberNames() {
        byte[] json = "{\"System.Title\":\"a\",\"System.State\":\"New\"}".getBytes(StandardCharsets.UTF_8);

        JsonObject first = (JsonObject) JsonCodec.builtin().read(json, JsonValue.class);
        JsonObject second = (JsonObject) JsonCodec.builtin().read(json, JsonValue.class);

        String name = first.members().keySet().iterator().next();
        assertThat(second.members().keySet().iterator().next()).isSameAs(name);
    }
}
