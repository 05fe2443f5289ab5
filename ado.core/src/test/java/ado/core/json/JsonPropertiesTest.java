package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the built-in codec over random trees, random bytes and mutated documents. */
class JsonPropertiesTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();
    private static final JsonType<JsonValue> TREE = JsonType.of(JsonValue.class);

    public record Item(int id, String title, List<String> tags, JsonObject fields) {
    }

    public record Page(int count, List<Item> value) {
    }

    @Property(tries = 500)
    void writeThenRead_randomTree_isEqual(@ForAll("trees") JsonValue tree) {
        byte[] json = CODEC.write(tree);

        assertThat(CODEC.read(json, TREE)).isEqualTo(tree);
    }

    @Property(tries = 300)
    void writeThenRead_randomTree_keepsMemberOrder(@ForAll("trees") JsonValue tree) {
        String once = CODEC.writeString(tree);

        assertThat(CODEC.writeString(CODEC.read(once, TREE))).isEqualTo(once);
    }

    @Property(tries = 2000)
    void read_randomBytes_failsOnlyWithAdoJsonException(@ForAll @Size(max = 64) byte[] bytes) {
        readBothWays(bytes);
    }

    @Property(tries = 2000)
    void read_randomJsonishText_failsOnlyWithAdoJsonException(@ForAll("jsonish") String text) {
        readBothWays(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void read_mutatedValidDocument_failsOnlyWithAdoJsonException(@ForAll("trees") JsonValue tree,
            @ForAll @IntRange(min = 0, max = 10_000) int where, @ForAll byte replacement,
            @ForAll @IntRange(min = 0, max = 2) int operation) {
        byte[] json = CODEC.write(tree);
        int at = where % (json.length + 1);
        byte[] mutated = switch (operation) {
            case 0 -> replaceAt(json, Math.min(at, json.length - 1), replacement);
            case 1 -> insertAt(json, at, replacement);
            default -> deleteAt(json, Math.min(at, json.length - 1));
        };
        readBothWays(mutated);
    }

    @Property(tries = 20)
    void read_deepNesting_failsCleanly(@ForAll @IntRange(min = 513, max = 100_000) int depth,
            @ForAll boolean objects) {
        String json = (objects ? "{\"a\":" : "[").repeat(depth);

        assertThatThrownBy(() -> CODEC.read(json, TREE))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("Nesting deeper than 512 levels");
    }

    private static void readBothWays(byte[] json) {
        try {
            CODEC.read(json, TREE);
        } catch (AdoJsonException expected) {
            // the only failure allowed
        }
        try {
            CODEC.read(json, JsonType.of(Page.class));
        } catch (AdoJsonException expected) {
            // the only failure allowed
        }
    }

    private static byte[] replaceAt(byte[] json, int at, byte b) {
        byte[] copy = json.clone();
        copy[at] = b;
        return copy;
    }

    private static byte[] insertAt(byte[] json, int at, byte b) {
        byte[] copy = new byte[json.length + 1];
        System.arraycopy(json, 0, copy, 0, at);
        copy[at] = b;
        System.arraycopy(json, at, copy, at + 1, json.length - at);
        return copy;
    }

    private static byte[] deleteAt(byte[] json, int at) {
        byte[] copy = new byte[json.length - 1];
        System.arraycopy(json, 0, copy, 0, at);
        System.arraycopy(json, at + 1, copy, at, json.length - at - 1);
        return copy;
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars("{}[],:\"\\0123456789.eE+-truefalsn \n\tu\u00e9\ud83d\ude00")
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<JsonValue> trees() {
        return value(4);
    }

    private Arbitrary<JsonValue> value(int depth) {
        Arbitrary<JsonValue> scalars = Arbitraries.oneOf(
                text().map(JsonString::of),
                Arbitraries.longs().map(JsonNumber::of),
                Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(),
                        BigInteger.TEN.pow(30)), Arbitraries.integers().between(-40, 40))
                        .as((unscaled, scale) -> JsonNumber.of(new BigDecimal(unscaled, scale))),
                Arbitraries.of(JsonBoolean.TRUE, JsonBoolean.FALSE, JsonNull.INSTANCE));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<JsonValue> child = Arbitraries.lazy(() -> value(depth - 1));
        Arbitrary<JsonValue> arrays = child.list().ofMaxSize(5).map(JsonArray::new);
        Arbitrary<JsonValue> objects = Combinators.combine(text(), child).as(Tuple::of).list().ofMaxSize(5)
                .map(members -> {
                    var map = new LinkedHashMap<String, JsonValue>();
                    members.forEach(m -> map.put(m.get1(), m.get2()));
                    return new JsonObject(map);
                });
        return Arbitraries.frequencyOf(Tuple.of(4, scalars), Tuple.of(1, arrays), Tuple.of(1, objects));
    }

    /** Strings of any Unicode scalar values (no lone surrogates, which UTF-8 cannot carry). */
    private static Arbitrary<String> text() {
        return Arbitraries.integers().between(0, 0x10FFFF).filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .list().ofMaxSize(12)
                .map(cps -> {
                    var sb = new StringBuilder();
                    cps.forEach(sb::appendCodePoint);
                    return sb.toString();
                });
    }
}
