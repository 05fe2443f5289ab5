package ado.json;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random JSON trees written by one codec read back equal by the other. */
class CrossCodecProperties {

    private static final JsonType<JsonValue> TREE = JsonType.of(JsonValue.class);

    @Property(tries = 300)
    void treeWrittenByBuiltin_isReadEqualByJackson(@ForAll("trees") JsonValue tree) {
        assertThat(Codecs.JACKSON.read(Codecs.BUILTIN.write(tree), TREE)).isEqualTo(tree);
    }

    @Property(tries = 300)
    void treeWrittenByJackson_isReadEqualByBuiltin(@ForAll("trees") JsonValue tree) {
        assertThat(Codecs.BUILTIN.read(Codecs.JACKSON.write(tree), TREE)).isEqualTo(tree);
    }

    @Property(tries = 200)
    void treeThroughJacksonToTreeAndBack_isUnchanged(@ForAll("trees") JsonValue tree) {
        assertThat(Codecs.JACKSON.fromTree(Codecs.JACKSON.toTree(tree), TREE)).isEqualTo(tree);
    }

    @Provide
    Arbitrary<JsonValue> trees() {
        return Arbitraries.lazyOf(this::scalar, this::scalar, this::scalar, this::array, this::object);
    }

    private Arbitrary<JsonValue> scalar() {
        return Arbitraries.oneOf(
                strings().map(s -> (JsonValue) JsonString.of(s)),
                Arbitraries.longs().map(n -> (JsonValue) JsonNumber.of(n)),
                Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-30, 30))
                        .as((unscaled, scale) -> (JsonValue) JsonNumber.of(new BigDecimal(BigInteger.valueOf(unscaled),
                                scale))),
                Arbitraries.bigIntegers().between(new BigDecimal("-1e40").toBigInteger(),
                        new BigDecimal("1e40").toBigInteger()).map(i -> (JsonValue) JsonNumber.of(new BigDecimal(i))),
                Arbitraries.doubles().map(d -> (JsonValue) JsonNumber.of(d)),
                Arbitraries.of(JsonBoolean.TRUE, JsonBoolean.FALSE, JsonNull.INSTANCE).map(v -> (JsonValue) v));
    }

    /** Any text without unpaired surrogates (which no UTF-8 document can carry), supplementary characters included. */
    private static Arbitrary<String> strings() {
        Arbitrary<String> bmp = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF')
                .ofMaxLength(20);
        Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        return Arbitraries.oneOf(bmp, bmp, astral.list().ofMaxSize(3).map(l -> String.join("", l)));
    }

    private Arbitrary<JsonValue> array() {
        return trees().list().ofMaxSize(4).map(l -> (JsonValue) new JsonArray(l));
    }

    private Arbitrary<JsonValue> object() {
        return Arbitraries.maps(strings(), trees()).ofMaxSize(4).map(m -> {
            JsonValue o = new JsonObject(new LinkedHashMap<>(m));
            return o;
        });
    }
}
