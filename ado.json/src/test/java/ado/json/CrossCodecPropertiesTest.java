package ado.json;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.json.Fixtures.Color;
import ado.json.Fixtures.Open;
import ado.json.Fixtures.OpenTree;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random JSON trees written by one codec read back equal by the other; random objects bound to records that keep
 * unknown members ({@code @JsonUnmapped}) give equal records in both codecs, or fail in both at the same path.
 */
class CrossCodecPropertiesTest {

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

    /**
     * JSON trees up to four levels of arrays and objects deep, at most four members or elements each: a bounded size
     * (a recursive generator with no depth bound grew trees that ran the test JVM out of memory once it ran in the
     * build).
     */
    @Provide
    Arbitrary<JsonValue> trees() {
        return Arbitraries.recursive(this::scalar, this::containers, 0, 4);
    }

    /** Scalars and arrays and objects of {@code inner}, three to two. */
    private Arbitrary<JsonValue> containers(Arbitrary<JsonValue> inner) {
        return Arbitraries.oneOf(scalar(), scalar(), scalar(), array(inner), object(inner));
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

    private static Arbitrary<JsonValue> array(Arbitrary<JsonValue> inner) {
        return inner.list().ofMaxSize(4).map(l -> (JsonValue) new JsonArray(l));
    }

    private static Arbitrary<JsonValue> object(Arbitrary<JsonValue> inner) {
        return Arbitraries.maps(strings(), inner).ofMaxSize(4).map(m -> {
            JsonValue o = new JsonObject(new LinkedHashMap<>(m));
            return o;
        });
    }

    // ------------------------------------------------------------------ records keeping unknown members

    private static final JsonType<OpenTree> OPEN_TREE = JsonType.of(OpenTree.class);
    private static final JsonType<Open> OPEN = JsonType.of(Open.class);

    /**
     * Objects for {@link OpenTree} as text (so members may repeat): known members with values of the right type and
     * of wrong ones, unknown members in any order among them (random names, the Java name of the renamed component,
     * the unmapped component's own name) with values of any depth, nested records with their own unknown members.
     */
    @Property(tries = 400)
    void recordKeepingUnknownMembers_bothCodecs_readEqualRecordsOrFailAtTheSamePath(
            @ForAll("openTrees") String json) {
        assertSameOutcome(json, OPEN_TREE);
    }

    @Property(tries = 200)
    void flatRecordKeepingUnknownMembers_bothCodecs_readEqualRecordsOrFailAtTheSamePath(
            @ForAll("openObjects") String json) {
        assertSameOutcome(json, OPEN);
    }

    @Example
    void unknownMembers_beforeBetweenAndAfterKnownOnes_areCollectedInOrder() {
        Open open = assertSameOutcome("{\"a\":1,\"id\":2,\"b\":[true],\"name\":\"n\",\"c\":null}", OPEN);

        assertThat(open.id()).isEqualTo(2);
        assertThat(open.name()).isEqualTo("n");
        assertThat(open.other().members().keySet()).containsExactly("a", "b", "c");
    }

    @Example
    void unknownMemberOfAnyDepth_isKeptWhole_andTheKnownMemberAfterItIsRead() {
        String deep = "{\"x\":{\"y\":[[1,{\"z\":[{},[],\"s\",-1.5e300]}],{\"id\":9}]},\"q\":[[[[{\"r\":{}}]]]]}";

        Open open = assertSameOutcome("{\"deep\":" + deep + ",\"id\":3}", OPEN);

        assertThat(open.id()).isEqualTo(3);
        assertThat(open.other().get("deep")).isEqualTo(Codecs.BUILTIN.read(deep, TREE));
    }

    @Example
    void unknownMemberNamedLikeARenamedComponentsJavaName_isUnknown() {
        OpenTree tree = assertSameOutcome("{\"links\":{\"self\":\"a\"},\"_links\":{\"self\":\"b\"}}", OPEN_TREE);

        assertThat(tree.links()).isEqualTo(Map.of("self", "b"));
        assertThat(tree.rest()).isEqualTo(Codecs.BUILTIN.read("{\"links\":{\"self\":\"a\"}}", TREE));
    }

    @Example
    void unknownMemberNamedLikeTheUnmappedComponent_isUnknown() {
        OpenTree tree = assertSameOutcome("{\"rest\":{\"a\":1},\"id\":1}", OPEN_TREE);

        assertThat(tree.rest()).isEqualTo(Codecs.BUILTIN.read("{\"rest\":{\"a\":1}}", TREE));
    }

    @Example
    void emptyObject_readsDefaultsAndNoUnknownMembers() {
        OpenTree tree = assertSameOutcome("{}", OPEN_TREE);

        assertThat(tree.id()).isZero();
        assertThat(tree.child()).isNull();
        assertThat(tree.rest()).isEqualTo(JsonObject.EMPTY);
    }

    @Example
    void knownMemberTwice_theLastOneWins() {
        Open open = assertSameOutcome("{\"id\":1,\"x\":1,\"name\":\"a\",\"id\":2,\"x\":2}", OPEN);

        assertThat(open).isEqualTo(new Open(2, "a", (JsonObject) Codecs.BUILTIN.read("{\"x\":2}", TREE)));
    }

    @Example
    void nestedRecords_keepTheirOwnUnknownMembers() {
        OpenTree tree = assertSameOutcome(
                "{\"u\":0,\"child\":{\"v\":1,\"id\":1},\"children\":[{\"id\":2,\"w\":2},{}],\"color\":\"red\"}",
                OPEN_TREE);

        assertThat(tree.child().other().members().keySet()).containsExactly("v");
        assertThat(tree.children()).extracting(c -> c.other().members().keySet())
                .containsExactly(Set.of("w"), Set.of());
        assertThat(tree.color()).isEqualTo(Color.RED);
        assertThat(tree.rest().members().keySet()).containsExactly("u");
    }

    @Example
    void wrongTypeInANestedRecord_failsNamingItsPath() {
        assertSameOutcome("{\"x\":1,\"children\":[{},{\"y\":[],\"id\":\"no\"}]}", OPEN_TREE);

        assertThatThrownBy(() -> Codecs.JACKSON.read("{\"x\":1,\"children\":[{},{\"y\":[],\"id\":\"no\"}]}", OPEN_TREE))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> assertThat(((AdoJsonException) e).path()).isEqualTo("$.children[1].id"));
    }

    @Example
    void malformedUnknownMember_failsWithLocation() {
        assertThatThrownBy(() -> Codecs.JACKSON.read("{\"id\":1,\n \"x\":[1,2,]}", OPEN))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> {
                    var failure = (AdoJsonException) e;
                    assertThat(failure.line()).isEqualTo(2);
                    assertThat(failure.column()).isGreaterThanOrEqualTo(1);
                    assertThat(failure.path()).startsWith("$.x");
                });
        assertThatThrownBy(() -> Codecs.BUILTIN.read("{\"id\":1,\n \"x\":[1,2,]}", OPEN))
                .isInstanceOf(AdoJsonException.class);
    }

    @Example
    void wrongTypeInAKnownMember_isLocatedInTheDocument() {
        String json = "{\"id\":1,\n  \"x\":{},\n  \"name\":5}";

        assertThatThrownBy(() -> Codecs.JACKSON.read(json, OPEN))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> {
                    var failure = (AdoJsonException) e;
                    assertThat(failure.path()).isEqualTo("$.name");
                    assertThat(failure.line()).isEqualTo(3); // read where it stands, not from a copy
                });
    }

    /** Reads {@code json} with both codecs: equal records, or both fail at the same path; {@return the record} */
    private static <T> T assertSameOutcome(String json, JsonType<T> type) {
        T builtin;
        try {
            builtin = Codecs.BUILTIN.read(json, type);
        } catch (AdoJsonException builtinFailure) {
            assertThatThrownBy(() -> Codecs.JACKSON.read(json, type)).as(json)
                    .isInstanceOf(AdoJsonException.class)
                    .satisfies(e -> assertThat(((AdoJsonException) e).path()).as(json + " fails in the built-in "
                            + "codec with " + builtinFailure.getMessage() + ", in Jackson with " + e.getMessage())
                            .isEqualTo(builtinFailure.path()));
            return null;
        }
        T jackson = Codecs.JACKSON.read(json, type);
        assertThat(jackson).as(json).isEqualTo(builtin);
        assertThat(Codecs.JACKSON.fromTree(Codecs.JACKSON.toTree(jackson), type)).as(json).isEqualTo(builtin);
        return jackson;
    }

    @Provide
    Arbitrary<String> openTrees() {
        Arbitrary<String> children = openObjects().list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]");
        return objects(Arbitraries.frequencyOf(
                Tuple.of(2, member(Arbitraries.just("id"), ints())),
                Tuple.of(2, member(Arbitraries.just("_links"), links())),
                Tuple.of(2, member(Arbitraries.just("child"), Arbitraries.oneOf(openObjects(), wrongTypes()))),
                Tuple.of(2, member(Arbitraries.just("children"), Arbitraries.oneOf(children, wrongTypes()))),
                Tuple.of(1, member(Arbitraries.just("color"),
                        Arbitraries.of("\"red\"", "\"darkBlue\"", "\"x-green\"", "\"purple\"", "null", "[]"))),
                Tuple.of(1, member(Arbitraries.just("at"), Arbitraries.of("\"2024-01-02T03:04:05Z\"",
                        "\"2024-01-02T03:04:05.123+02:00\"", "null", "\"yesterday\"", "{}"))),
                Tuple.of(1, member(Arbitraries.of("links", "rest", "name", "other"), treeTexts())),
                Tuple.of(3, member(strings(), treeTexts()))));
    }

    @Provide
    Arbitrary<String> openObjects() {
        return objects(Arbitraries.frequencyOf(
                Tuple.of(3, member(Arbitraries.just("id"), ints())),
                Tuple.of(2, member(Arbitraries.just("name"),
                        Arbitraries.oneOf(strings().map(CrossCodecPropertiesTest::quoted), wrongTypes()))),
                Tuple.of(1, member(Arbitraries.of("other", "ID", "_links"), treeTexts())),
                Tuple.of(3, member(strings(), treeTexts()))));
    }

    private static Arbitrary<String> objects(Arbitrary<String> members) {
        return members.list().ofMaxSize(7).map(l -> "{" + String.join(",", l) + "}");
    }

    private static Arbitrary<String> member(Arbitrary<String> names, Arbitrary<String> values) {
        return Combinators.combine(names, values).as((name, value) -> quoted(name) + ":" + value);
    }

    private static String quoted(String text) {
        return Codecs.BUILTIN.writeString(JsonString.of(text));
    }

    private Arbitrary<String> treeTexts() {
        return trees().map(Codecs.BUILTIN::writeString);
    }

    private static Arbitrary<String> ints() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-1000, 1000).map(String::valueOf),
                Arbitraries.integers().map(String::valueOf), Arbitraries.of("2147483648", "null", "\"7\"", "true"));
    }

    private static Arbitrary<String> links() {
        return Arbitraries.oneOf(
                Arbitraries.maps(strings(), strings()).ofMaxSize(3).map(m -> Codecs.BUILTIN.writeString(m)),
                Arbitraries.of("null", "{\"self\":1}", "{\"self\":null}", "[]"));
    }

    /** Values of a type no component of these records reads, other than {@code null}. */
    private static Arbitrary<String> wrongTypes() {
        return Arbitraries.of("1", "\"s\"", "true", "[{}]", "{\"id\":[]}");
    }
}
