package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nesting limit: deep documents fail cleanly, never with a StackOverflowError. */
class JsonDepthTest {

    private static String arrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String objects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    @Test
    void read_512Deep_isAcceptedByDefault() {
        assertThat(JsonValue.parse(arrays(512))).isInstanceOf(JsonArray.class);
    }

    @Test
    void read_513Deep_failsWithTheLimitByDefault() {
        assertThatThrownBy(() -> JsonValue.parse(arrays(513)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageStartingWith("Nesting deeper than 512 levels is not allowed at line 1, column 513, path $[0]");
    }

    @Test
    void read_100000DeepArrays_failsCleanly() {
        String json = "[".repeat(100_000);

        assertThatThrownBy(() -> JsonValue.parse(json))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("Nesting deeper than 512 levels");
    }

    @Test
    void read_100000DeepObjectsAtTheHighestLimit_failsCleanly() {
        JsonCodec codec = JsonCodec.builtin(1_000);

        assertThatThrownBy(() -> codec.read(objects(100_000), JsonType.of(JsonValue.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("Nesting deeper than 1000 levels");
    }

    @Test
    void read_100000DeepIntoRecordAtTheHighestLimit_failsCleanly() {
        JsonCodec codec = JsonCodec.builtin(1_000);
        String json = "{\"child\":".repeat(100_000) + "null" + "}".repeat(100_000);

        assertThatThrownBy(() -> codec.read(json, JsonType.of(Node.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("Nesting deeper than 1000 levels");
    }

    @Test
    void read_deepUnknownMember_isSkippedWithinTheLimit() {
        String json = "{\"child\":null,\"other\":" + arrays(100_000) + "}";

        assertThatThrownBy(() -> JsonCodec.builtin().read(json, JsonType.of(Node.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("Nesting deeper than 512 levels");
    }

    @Test
    void read_configuredLimit_isEnforced() {
        JsonCodec codec = JsonCodec.builtin(3);

        assertThat(codec.read(arrays(3), JsonType.of(JsonValue.class))).isInstanceOf(JsonArray.class);
        assertThatThrownBy(() -> codec.read(arrays(4), JsonType.of(JsonValue.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Nesting deeper than 3 levels is not allowed at line 1, column 4, path $[0][0][0]");
    }

    @Test
    void read_recursiveRecordAtTheHighestLimit_binds() {
        JsonCodec codec = JsonCodec.builtin(1_000);
        String json = "{\"children\":[".repeat(500) + "]}".repeat(500);

        Tree tree = codec.read(json, JsonType.of(Tree.class));

        int depth = 0;
        for (Tree t = tree; !t.children().isEmpty(); t = t.children().get(0)) {
            depth++;
        }
        assertThat(depth).isEqualTo(499);
    }

    @Test
    void read_recursiveRecordOnATinyStack_failsCleanly() throws InterruptedException {
        JsonCodec codec = JsonCodec.builtin(1_000);
        String json = "{\"child\":".repeat(1_000) + "null" + "}".repeat(1_000);
        Throwable[] failure = new Throwable[1];
        Node[] result = new Node[1];
        var thread = new Thread(null, () -> {
            try {
                result[0] = codec.read(json, JsonType.of(Node.class));
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", 64 * 1024);
        thread.start();
        thread.join();

        assertThat(result[0]).isNull();
        assertThat(failure[0]).isInstanceOf(AdoJsonException.class)
                .hasMessageStartingWith("Document nested too deeply for this thread's stack at line 1, column ");
    }

    @Test
    void builtin_limitOutOfRange_isRejected() {
        assertThatThrownBy(() -> JsonCodec.builtin(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDepth must be between 1 and 1000: 0");
        assertThatThrownBy(() -> JsonCodec.builtin(1_001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDepth must be between 1 and 1000: 1001");
    }

    @Test
    void write_deepTree_doesNotRecurse() {
        JsonValue deep = JsonArray.EMPTY;
        for (int i = 0; i < 100_000; i++) {
            deep = new JsonArray(List.of(deep));
        }

        String json = JsonCodec.builtin().writeString(deep);

        assertThat(json).hasSize(200_002).startsWith("[[[").endsWith("]]]");
    }

    /** A record that nests itself. */
    record Node(Node child) {
    }

    /** A record that nests a list of itself. */
    record Tree(List<Tree> children) {
    }
}
