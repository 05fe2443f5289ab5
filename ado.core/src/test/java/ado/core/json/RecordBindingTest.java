package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Binding JSON to records and back with the built-in codec. */
class RecordBindingTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();

    /** Every primitive, in a public record of an exported package: bound through the public lookup. */
    public record Primitives(int i, long l, short s, byte b, double d, float f, boolean z, char c) {
    }

    /** Every boxed primitive. */
    public record Boxes(Integer i, Long l, Short s, Byte b, Double d, Float f, Boolean z, Character c) {
    }

    /** The other scalars. */
    public record Scalars(String text, BigDecimal decimal, BigInteger integer, UUID id, URI url, Instant when,
                          OffsetDateTime at) {
    }

    /** Collections and nested records. */
    public record Containers(List<String> names, Set<Integer> ids, Map<String, Link> links,
                             List<List<Integer>> matrix, Map<String, List<Link>> grouped) {
    }

    public record Link(String href) {
    }

    public enum State {
        ACTIVE, IN_PROGRESS, @JsonName("sourceRename") SOURCE_RENAME, UNKNOWN
    }

    public enum Plain {
        ONE, TWO
    }

    public record WithEnums(State state, Plain plain, List<State> states) {
    }

    /** Wire names that are not Java identifiers. */
    public record Renamed(@JsonName("_links") Map<String, Link> links, @JsonName("$type") String type,
                          @JsonName("System.Title") String title) {
    }

    /** Keeps every member it does not map. */
    public record Open(int id, String name, @JsonUnmapped JsonObject other) {
    }

    /** A generic page of values. */
    public record Envelope<T>(int count, List<T> value) {
    }

    public record Pair<A, B>(A first, B second) {
    }

    /** Trees and untyped values. */
    public record Trees(JsonValue any, JsonObject object, JsonArray array, JsonString string, JsonNumber number,
                        JsonBoolean bool, JsonNull nothing, Object untyped) {
    }

    /** Validates in its compact constructor. */
    public record Validated(String name) {
        public Validated {
            Objects.requireNonNull(name, "name == null");
        }
    }

    /** Package-private: bound through a private lookup, as ado.core's own packages are open to it. */
    record Hidden(int id) {
    }

    public record Unsupported(Thread thread) {
    }

    /** An accessor that fails. */
    public record Failing(String name) {
        @Override
        public String name() {
            throw new IllegalStateException("no name today");
        }
    }

    public record Numbers(float f, BigInteger big) {
    }

    public record BadUnmapped(@JsonUnmapped Map<String, Object> other) {
    }

    public record IntKeys(Map<Integer, String> map) {
    }

    public record Unicode(@JsonName("名前") String name, @JsonName("a\"b") int quoted) {
    }

    public record Page(List<Item> value) {
    }

    public record Item(int id, String title) {
    }

    // ---------------------------------------------------------------- scalars

    @Test
    void read_primitives_bindEachType() {
        String json = "{\"i\":-5,\"l\":9007199254740993,\"s\":300,\"b\":-128,\"d\":1.25,\"f\":0.5,\"z\":true,\"c\":\"x\"}";

        assertThat(CODEC.read(json, JsonType.of(Primitives.class)))
                .isEqualTo(new Primitives(-5, 9007199254740993L, (short) 300, (byte) -128, 1.25, 0.5f, true, 'x'));
    }

    @Test
    void read_absentPrimitives_areZero() {
        assertThat(CODEC.read("{}", JsonType.of(Primitives.class)))
                .isEqualTo(new Primitives(0, 0, (short) 0, (byte) 0, 0, 0, false, '\0'));
    }

    @Test
    void read_nullForPrimitive_failsNamingThePath() {
        assertThatThrownBy(() -> CODEC.read("{\"i\":1,\n\"l\":null}", JsonType.of(Primitives.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Expected a long but was NULL at line 2, column 5, path $.l");
    }

    @Test
    void read_boxes_bindValuesAndNulls() {
        assertThat(CODEC.read("{\"i\":1,\"l\":2,\"s\":3,\"b\":4,\"d\":5,\"f\":6,\"z\":false,\"c\":\"c\"}",
                JsonType.of(Boxes.class))).isEqualTo(new Boxes(1, 2L, (short) 3, (byte) 4, 5.0, 6f, false, 'c'));
        assertThat(CODEC.read("{\"i\":null,\"l\":null,\"z\":null}", JsonType.of(Boxes.class)))
                .isEqualTo(new Boxes(null, null, null, null, null, null, null, null));
    }

    @Test
    void read_otherScalars_bindEachType() {
        String json = "{\"text\":\"t\",\"decimal\":12345678901234567890.125,\"integer\":123456789012345678901234,"
                + "\"id\":\"6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c\",\"url\":\"https://dev.azure.com/org/_apis?x=1\","
                + "\"when\":\"2024-05-01T12:30:45.1234567Z\",\"at\":\"2024-05-01T12:30:45+02:00\"}";

        assertThat(CODEC.read(json, JsonType.of(Scalars.class))).isEqualTo(new Scalars("t",
                new BigDecimal("12345678901234567890.125"), new BigInteger("123456789012345678901234"),
                UUID.fromString("6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c"),
                URI.create("https://dev.azure.com/org/_apis?x=1"), Instant.parse("2024-05-01T12:30:45.1234567Z"),
                OffsetDateTime.of(2024, 5, 1, 12, 30, 45, 0, ZoneOffset.ofHours(2))));
    }

    @Test
    void write_scalars_writesEachType() {
        var value = new Scalars("t", new BigDecimal("1.50"), BigInteger.TEN.pow(30),
                UUID.fromString("6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c"), URI.create("https://x/y"),
                Instant.parse("2024-05-01T12:30:45.120Z"),
                OffsetDateTime.of(2024, 5, 1, 12, 30, 45, 0, ZoneOffset.ofHours(2)));

        assertThat(CODEC.writeString(value)).isEqualTo("{\"text\":\"t\",\"decimal\":1.50,\"integer\":"
                + "1000000000000000000000000000000,\"id\":\"6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c\",\"url\":"
                + "\"https://x/y\",\"when\":\"2024-05-01T12:30:45.12Z\",\"at\":\"2024-05-01T10:30:45Z\"}");
    }

    @Test
    void roundTrip_primitives_isLossless() {
        var value = new Primitives(Integer.MIN_VALUE, Long.MAX_VALUE, Short.MIN_VALUE, Byte.MAX_VALUE, -1.5e-300,
                Float.MAX_VALUE, true, '"');

        assertThat(CODEC.read(CODEC.write(value), Primitives.class)).isEqualTo(value);
    }

    @Test
    void read_intOutOfRange_failsNamingTheValue() {
        assertThatThrownBy(() -> CODEC.read("{\"i\":2147483648}", JsonType.of(Primitives.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Expected an int but was 2147483648 at line 1, column 6, path $.i");
    }

    @Test
    void read_fractionForInt_fails() {
        assertThatThrownBy(() -> CODEC.read("{\"i\":1.5}", JsonType.of(Primitives.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Expected an int but was 1.5 at line 1, column 6, path $.i");
    }

    @Test
    void read_integralDecimalForInt_binds() {
        assertThat(CODEC.read("{\"i\":2.0,\"l\":1e3}", JsonType.of(Primitives.class)).l()).isEqualTo(1000L);
    }

    @Test
    void read_byteOutOfRange_fails() {
        assertThatThrownBy(() -> CODEC.read("{\"b\":128}", JsonType.of(Primitives.class)))
                .hasMessage("Expected a byte but was 128 at line 1, column 6, path $.b");
    }

    @Test
    void read_hugeNumberForDouble_fails() {
        assertThatThrownBy(() -> CODEC.read("{\"d\":1e400}", JsonType.of(Primitives.class)))
                .hasMessage("Number 1e400 is too large for a double at line 1, column 6, path $.d");
    }

    @Test
    void read_hugeExponentForBigInteger_failsWithoutExpanding() {
        assertThatThrownBy(() -> CODEC.read("{\"integer\":1e999999999}", JsonType.of(Scalars.class)))
                .hasMessage("Expected an integer of at most 1000 digits but was 1E+999999999 at line 1, column 12,"
                        + " path $.integer");
    }

    @Test
    void read_hugeNumberForFloat_fails() {
        assertThatThrownBy(() -> CODEC.read("{\"f\":1e39}", JsonType.of(Numbers.class)))
                .hasMessage("Number 1e39 is too large for a float at line 1, column 6, path $.f");
    }

    @Test
    void read_fractionForBigInteger_fails() {
        assertThatThrownBy(() -> CODEC.read("{\"big\":1.5}", JsonType.of(Numbers.class)))
                .hasMessage("Expected an integer but was 1.5 at line 1, column 8, path $.big");
    }

    @Test
    void read_exponentForBigInteger_isExact() {
        assertThat(CODEC.read("{\"big\":1.5e3}", JsonType.of(Numbers.class)).big()).isEqualTo(1500);
    }

    @Test
    void write_failingAccessor_failsNamingTheComponent() {
        assertThatThrownBy(() -> CODEC.write(new Failing("x")))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Cannot write Failing.name: java.lang.IllegalStateException: no name today")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void read_longStringForChar_fails() {
        assertThatThrownBy(() -> CODEC.read("{\"c\":\"ab\"}", JsonType.of(Primitives.class)))
                .hasMessage("Expected a single character but was a string of length 2 at line 1, column 6,"
                        + " path $.c");
    }

    @Test
    void read_badUuid_failsNamingTheValue() {
        assertThatThrownBy(() -> CODEC.read("{\"id\":\"nope\"}", JsonType.of(Scalars.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Expected a UUID but was \"nope\" at line 1, column 7, path $.id");
    }

    @Test
    void read_badUri_failsNamingTheValue() {
        assertThatThrownBy(() -> CODEC.read("{\"url\":\"a b\"}", JsonType.of(Scalars.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Expected a URI but was \"a b\" (Illegal character in path) at line 1, column 8,"
                        + " path $.url");
    }

    @Test
    void read_typeMismatch_namesExpectedActualLineColumnAndPath() {
        String json = "{\"value\": [\n  {\"id\": 1, \"title\": \"a\"},\n  {\"id\": 2, \"title\": 17}\n]}";

        assertThatThrownBy(() -> CODEC.read(json, JsonType.of(Page.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Expected a string but was NUMBER at line 3, column 22, path $.value[1].title");
    }

    @Test
    void read_numericStringForInt_isNotCoerced() {
        assertThatThrownBy(() -> CODEC.read("{\"id\":\"7\"}", JsonType.of(Item.class)))
                .hasMessage("Expected an int but was STRING at line 1, column 7, path $.id");
    }

    @Test
    void read_objectWhereListExpected_fails() {
        assertThatThrownBy(() -> CODEC.read("{\"value\":{}}", JsonType.of(Page.class)))
                .hasMessage("Expected an array but was OBJECT at line 1, column 10, path $.value");
    }

    @Test
    void read_stringWhereRecordExpected_fails() {
        assertThatThrownBy(() -> CODEC.read("{\"value\":[\"x\"]}", JsonType.of(Page.class)))
                .hasMessage("Expected an object but was STRING at line 1, column 11, path $.value[0]");
    }

    @Test
    void read_trueOrFalseStringWhereBooleanExpected_readsTheBoolean() {
        assertThat(CODEC.read("{\"z\":\"true\"}", JsonType.of(Primitives.class)).z()).isTrue();
        assertThat(CODEC.read("{\"z\":\"FALSE\"}", JsonType.of(Primitives.class)).z()).isFalse();
    }

    @Test
    void read_otherStringWhereBooleanExpected_failsNamingIt() {
        assertThatThrownBy(() -> CODEC.read("{\"z\":\"yes\"}", JsonType.of(Primitives.class)))
                .hasMessage("Expected a boolean but was \"yes\" at line 1, column 6, path $.z");
    }

    // ---------------------------------------------------------------- records

    @Test
    void read_unknownMembers_areIgnored() {
        String json = "{\"x\":{\"deep\":[1,{\"y\":null}]},\"id\":7,\"z\":\"w\",\"title\":\"t\",\"q\":false}";

        assertThat(CODEC.read(json, JsonType.of(Item.class))).isEqualTo(new Item(7, "t"));
    }

    @Test
    void read_absentReferenceMembers_areNull() {
        assertThat(CODEC.read("{}", JsonType.of(Scalars.class)))
                .isEqualTo(new Scalars(null, null, null, null, null, null, null));
    }

    @Test
    void read_duplicateMember_lastWins() {
        assertThat(CODEC.read("{\"id\":1,\"id\":2}", JsonType.of(Item.class))).isEqualTo(new Item(2, null));
    }

    @Test
    void read_membersInAnyOrder_bind() {
        assertThat(CODEC.read("{\"title\":\"t\",\"id\":3}", JsonType.of(Item.class))).isEqualTo(new Item(3, "t"));
    }

    @Test
    void read_escapedMemberName_matchesTheComponent() {
        assertThat(CODEC.read("{\"\\u0069d\":3}", JsonType.of(Item.class))).isEqualTo(new Item(3, null));
    }

    @Test
    void roundTrip_nonAsciiAndEscapedWireNames_bind() {
        String json = "{\"名前\":\"x\",\"a\\\"b\":2}";

        Unicode value = CODEC.read(json, JsonType.of(Unicode.class));

        assertThat(value).isEqualTo(new Unicode("x", 2));
        assertThat(CODEC.writeString(value)).isEqualTo(json);
    }

    @Test
    void read_mismatchUnderNonIdentifierName_quotesThePath() {
        assertThatThrownBy(() -> CODEC.read("{\"a\\\"b\":\"x\"}", JsonType.of(Unicode.class)))
                .hasMessage("Expected an int but was STRING at line 1, column 9, path $['a\"b']");
    }

    @Test
    void read_topLevelNull_isNull() {
        assertThat(CODEC.read("null", JsonType.of(Item.class))).isNull();
    }

    @Test
    void write_nullComponents_areOmitted() {
        assertThat(CODEC.writeString(new Item(1, null))).isEqualTo("{\"id\":1}");
    }

    @Test
    void write_emptyCollections_areWritten() {
        var value = new Containers(List.of(), Set.of(), Map.of(), List.of(), null);

        assertThat(CODEC.writeString(value)).isEqualTo("{\"names\":[],\"ids\":[],\"links\":{},\"matrix\":[]}");
    }

    @Test
    void roundTrip_containers_isLossless() {
        String json = "{\"names\":[\"a\",\"b\"],\"ids\":[3,1,2],\"links\":{\"self\":{\"href\":\"h\"},\"web\":{}},"
                + "\"matrix\":[[1,2],[],[3]],\"grouped\":{\"g\":[{\"href\":\"x\"},null]}}";

        Containers value = CODEC.read(json, JsonType.of(Containers.class));

        assertThat(value.ids()).containsExactly(3, 1, 2);
        assertThat(value.links()).containsEntry("web", new Link(null));
        assertThat(value.grouped().get("g")).containsExactly(new Link("x"), null);
        assertThat(CODEC.writeString(value)).isEqualTo(json);
    }

    @Test
    void read_collections_areUnmodifiable() {
        Containers value = CODEC.read("{\"names\":[\"a\"],\"ids\":[1],\"links\":{}}", JsonType.of(Containers.class));

        assertThatThrownBy(() -> value.names().add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> value.ids().add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> value.links().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void read_jsonNameComponents_useTheWireNames() {
        String json = "{\"_links\":{\"web\":{\"href\":\"w\"}},\"$type\":\"T\",\"System.Title\":\"x\",\"links\":{}}";

        assertThat(CODEC.read(json, JsonType.of(Renamed.class)))
                .isEqualTo(new Renamed(Map.of("web", new Link("w")), "T", "x"));
    }

    @Test
    void write_jsonNameComponents_useTheWireNames() {
        assertThat(CODEC.writeString(new Renamed(Map.of(), "T", "x")))
                .isEqualTo("{\"_links\":{},\"$type\":\"T\",\"System.Title\":\"x\"}");
    }

    @Test
    void read_unmappedComponent_collectsUnknownMembersInOrder() {
        Open value = CODEC.read("{\"z\":1,\"id\":2,\"other\":[true],\"a\":{\"b\":null}}", JsonType.of(Open.class));

        assertThat(value.id()).isEqualTo(2);
        assertThat(value.other().members().keySet()).containsExactly("z", "other", "a");
        assertThat(value.other().get("a")).isEqualTo(JsonObject.builder().put("b", JsonNull.INSTANCE).build());
    }

    @Test
    void read_noUnknownMembers_leavesUnmappedEmpty() {
        assertThat(CODEC.read("{\"id\":1}", JsonType.of(Open.class)).other()).isEqualTo(JsonObject.EMPTY);
    }

    @Test
    void roundTrip_unmappedComponent_losesNothing() {
        String json = "{\"id\":2,\"name\":\"n\",\"z\":1,\"other\":[true],\"a\":{\"b\":null}}";

        Open value = CODEC.read(json, JsonType.of(Open.class));

        assertThat(CODEC.writeString(value)).isEqualTo(json);
    }

    @Test
    void write_unmappedMemberNamedLikeAComponent_isDroppedForTheComponent() {
        var value = new Open(1, "new", JsonObject.builder().put("name", "stale").put("extra", 1).build());

        assertThat(CODEC.writeString(value)).isEqualTo("{\"id\":1,\"name\":\"new\",\"extra\":1}");
    }

    @Test
    void read_unmappedOnNonJsonObject_failsNamingTheRecord() {
        assertThatThrownBy(() -> CODEC.read("{}", JsonType.of(BadUnmapped.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Cannot bind ado.core.json.RecordBindingTest$BadUnmapped: @JsonUnmapped must mark one"
                        + " JsonObject component, not Map other");
    }

    @Test
    void read_genericRecord_resolvesTheTypeArgument() {
        String json = "{\"count\":2,\"value\":[{\"id\":1,\"title\":\"a\"},{\"id\":2}]}";

        Envelope<Item> page = CODEC.read(json, JsonType.of(Envelope.class, Item.class));

        assertThat(page.count()).isEqualTo(2);
        assertThat(page.value()).containsExactly(new Item(1, "a"), new Item(2, null));
    }

    @Test
    void read_nestedGenericRecords_resolveEveryLevel() {
        JsonType<Pair<Envelope<Item>, List<Pair<String, Integer>>>> type = new JsonType<>() {
        };
        String json = "{\"first\":{\"count\":1,\"value\":[{\"id\":5}]},\"second\":[{\"first\":\"a\",\"second\":1}]}";

        var pair = CODEC.read(json, type);

        assertThat(pair.first().value()).containsExactly(new Item(5, null));
        assertThat(pair.second()).containsExactly(new Pair<>("a", 1));
    }

    @Test
    void read_rawGenericRecord_bindsTypeVariablesAsTrees() {
        Envelope<?> page = CODEC.read("{\"count\":1,\"value\":[{\"id\":5}]}", JsonType.of(Envelope.class));

        assertThat(page.value()).asList().containsExactly(JsonObject.builder().put("id", 5).build());
    }

    @Test
    void write_genericRecord_writesByRunTimeType() {
        var page = new Envelope<>(1, List.of(new Item(1, "a")));

        assertThat(CODEC.writeString(page)).isEqualTo("{\"count\":1,\"value\":[{\"id\":1,\"title\":\"a\"}]}");
    }

    @Test
    void read_topLevelCollections_bind() {
        assertThat(CODEC.read("[{\"id\":1}]", JsonType.listOf(Item.class))).containsExactly(new Item(1, null));
        Map<String, Integer> map = CODEC.read("{\"a\":1,\"b\":null}", JsonType.mapOf(Integer.class));
        assertThat(map.keySet()).containsExactly("a", "b");
        assertThat(map.get("a")).isEqualTo(1);
        assertThat(map.get("b")).isNull();
    }

    @Test
    void read_packagePrivateRecordInOwnModule_binds() {
        assertThat(CODEC.read("{\"id\":4}", JsonType.of(Hidden.class))).isEqualTo(new Hidden(4));
        assertThat(CODEC.writeString(new Hidden(4))).isEqualTo("{\"id\":4}");
    }

    @Test
    void read_constructorRejectsValues_failsNamingTypeAndPath() {
        assertThatThrownBy(() -> CODEC.read("[{}]", JsonType.listOf(Validated.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Cannot create Validated: name == null at line 1, column 2, path $[0]")
                .hasCauseInstanceOf(NullPointerException.class);
    }

    @Test
    void read_unsupportedComponentType_failsNamingIt() {
        assertThatThrownBy(() -> CODEC.read("{}", JsonType.of(Unsupported.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageStartingWith("Cannot bind ado.core.json.RecordBindingTest$Unsupported.thread: Cannot bind"
                        + " java.lang.Thread: not a supported type");
    }

    @Test
    void read_nonStringMapKeys_fail() {
        assertThatThrownBy(() -> CODEC.read("{}", JsonType.of(IntKeys.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("Cannot bind java.util.Map<java.lang.Integer, java.lang.String>: map keys must"
                        + " be strings");
    }

    // ---------------------------------------------------------------- enums

    @Test
    void read_enums_matchWireNamesIgnoringCase() {
        String json = "{\"state\":\"inProgress\",\"plain\":\"TWO\",\"states\":[\"sourceRename\",\"ACTIVE\","
                + "\"InProgress\"]}";

        assertThat(CODEC.read(json, JsonType.of(WithEnums.class))).isEqualTo(new WithEnums(State.IN_PROGRESS,
                Plain.TWO, List.of(State.SOURCE_RENAME, State.ACTIVE, State.IN_PROGRESS)));
    }

    @Test
    void read_unknownEnumValue_isUnknownOrNull() {
        String json = "{\"state\":\"brandNew\",\"plain\":\"three\",\"states\":[7,{},\"x\"]}";

        assertThat(CODEC.read(json, JsonType.of(WithEnums.class))).isEqualTo(new WithEnums(State.UNKNOWN, null,
                List.of(State.UNKNOWN, State.UNKNOWN, State.UNKNOWN)));
    }

    @Test
    void write_enums_useWireNames() {
        var value = new WithEnums(State.SOURCE_RENAME, Plain.ONE, List.of(State.IN_PROGRESS));

        assertThat(CODEC.writeString(value))
                .isEqualTo("{\"state\":\"sourceRename\",\"plain\":\"one\",\"states\":[\"inProgress\"]}");
    }

    // ---------------------------------------------------------------- trees

    @Test
    void read_treeComponents_bindEachSubtype() {
        String json = "{\"any\":null,\"object\":{\"a\":1},\"array\":[1],\"string\":\"s\",\"number\":1.5,"
                + "\"bool\":true,\"nothing\":null,\"untyped\":{\"b\":[null]}}";

        Trees value = CODEC.read(json, JsonType.of(Trees.class));

        assertThat(value).isEqualTo(new Trees(JsonNull.INSTANCE, JsonObject.builder().put("a", 1).build(),
                JsonArray.of(JsonNumber.of(1)), JsonString.of("s"), JsonNumber.parse("1.5"), JsonBoolean.TRUE,
                JsonNull.INSTANCE, JsonObject.builder().put("b", JsonArray.of(JsonNull.INSTANCE)).build()));
        assertThat(CODEC.writeString(value)).isEqualTo(json);
    }

    @Test
    void read_nullForTreeSubtype_isNull() {
        Trees value = CODEC.read("{\"object\":null,\"array\":null}", JsonType.of(Trees.class));

        assertThat(value.object()).isNull();
        assertThat(value.array()).isNull();
    }

    @Test
    void read_wrongTreeSubtype_failsNamingExpectedAndActual() {
        assertThatThrownBy(() -> CODEC.read("{\"object\":[1]}", JsonType.of(Trees.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Expected an object but was ARRAY at line 1, column 11, path $.object");
    }

    @Test
    void read_object_isATree() {
        assertThat(CODEC.read("[1,\"a\"]", JsonType.of(Object.class)))
                .isEqualTo(JsonArray.of(JsonNumber.of(1), JsonString.of("a")));
    }

    @Test
    void write_untypedValues_useTheirRunTimeTypes() {
        var list = new ArrayList<Object>(Arrays.asList(1, "a", null, State.ACTIVE, new Item(1, null),
                Map.of("k", List.of(true)), JsonNumber.of(2)));

        assertThat(CODEC.writeString(list))
                .isEqualTo("[1,\"a\",null,\"active\",{\"id\":1},{\"k\":[true]},2]");
    }

    // ---------------------------------------------------------------- trees and records

    @Test
    void toTree_record_isWhatWriteWrites() {
        var value = new Open(1, "n", JsonObject.builder().put("x", 1.5 > 1).build());

        JsonValue tree = CODEC.toTree(value);

        assertThat(tree).isEqualTo(JsonValue.parse(CODEC.writeString(value)));
    }

    @Test
    void fromTree_tree_bindsLikeRead() {
        JsonValue tree = JsonValue.parse("{\"count\":1,\"value\":[{\"id\":1,\"title\":\"a\"}]}");

        Envelope<Item> page = CODEC.fromTree(tree, JsonType.of(Envelope.class, Item.class));

        assertThat(page).isEqualTo(CODEC.read(tree.toJson(), JsonType.of(Envelope.class, Item.class)));
    }

    @Test
    void fromTree_mismatch_namesThePathWithoutLineAndColumn() {
        JsonValue tree = JsonValue.parse("{\"value\":[{\"id\":\"x\"}]}");

        assertThatThrownBy(() -> CODEC.fromTree(tree, JsonType.of(Page.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Expected an int but was STRING at path $.value[0].id")
                .satisfies(e -> assertThat(((AdoJsonException) e).line()).isEqualTo(-1));
    }

    // ---------------------------------------------------------------- threads

    @Test
    void read_concurrently_givesEqualResults() throws Exception {
        String json = "{\"count\":2,\"value\":[{\"id\":1,\"title\":\"a\"},{\"id\":2,\"title\":\"b\"}]}";
        JsonType<Envelope<Item>> type = JsonType.of(Envelope.class, Item.class);
        Envelope<Item> expected = CODEC.read(json, type);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<Envelope<Item>>>();
            for (int i = 0; i < 200; i++) {
                tasks.add(() -> CODEC.read(json, type));
            }
            for (Future<Envelope<Item>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
