package ado.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonArray;
import ado.core.json.JsonCodec;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.json.Fixtures.Box;
import ado.json.Fixtures.Checked;
import ado.json.Fixtures.Color;
import ado.json.Fixtures.Dated;
import ado.json.Fixtures.Holder;
import ado.json.Fixtures.Named;
import ado.json.Fixtures.Open;
import ado.json.Fixtures.Painted;
import ado.json.Fixtures.Required;
import ado.json.Fixtures.Scalars;
import ado.json.Fixtures.Size;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of the {@link JsonCodec} Javadoc, checked on the built-in and the Jackson codec alike. */
class CodecContractTest {

    private static final String BOTH = "ado.json.Codecs#both";

    private static <T> T read(JsonCodec codec, String json, Class<T> type) {
        return codec.read(json.getBytes(StandardCharsets.UTF_8), JsonType.of(type));
    }

    private static JsonValue tree(String json) {
        return Codecs.BUILTIN.read(json, JsonType.of(JsonValue.class));
    }

    // ------------------------------------------------------------------ names

    @ParameterizedTest
    @MethodSource(BOTH)
    void jsonName_onComponents_readsWireNames(JsonCodec codec) {
        Named named = read(codec, "{\"_links\":{\"self\":\"s\"},\"System.Title\":\"t\",\"title\":\"no\"}", Named.class);

        assertThat(named).isEqualTo(new Named(Map.of("self", "s"), "t"));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void jsonName_onComponents_writesWireNames(JsonCodec codec) {
        JsonValue written = tree(codec.writeString(new Named(Map.of("self", "s"), "t")));

        assertThat(written).isEqualTo(tree("{\"_links\":{\"self\":\"s\"},\"System.Title\":\"t\"}"));
    }

    // ------------------------------------------------------------------ enums

    @ParameterizedTest
    @MethodSource(BOTH)
    void enum_write_usesLowerCamelOrJsonName(JsonCodec codec) {
        assertThat(codec.writeString(List.of(Color.RED, Color.DARK_BLUE, Color.GREEN, Size.EXTRA_LARGE)))
                .isEqualTo("[\"red\",\"darkBlue\",\"x-green\",\"extraLarge\"]");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void enum_read_ignoresCase(JsonCodec codec) {
        assertThat(read(codec, "{\"color\":\"DARKBLUE\",\"size\":\"ExtraLarge\"}", Painted.class))
                .isEqualTo(new Painted(Color.DARK_BLUE, Size.EXTRA_LARGE));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void enum_read_acceptsJsonName(JsonCodec codec) {
        assertThat(read(codec, "{\"color\":\"X-Green\"}", Painted.class).color()).isEqualTo(Color.GREEN);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void enum_unknownValue_readsUnknownConstant(JsonCodec codec) {
        assertThat(read(codec, "{\"color\":\"purple\"}", Painted.class).color()).isEqualTo(Color.UNKNOWN);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void enum_unknownValueWithoutUnknownConstant_readsNull(JsonCodec codec) {
        assertThat(read(codec, "{\"color\":\"red\",\"size\":\"huge\"}", Painted.class))
                .isEqualTo(new Painted(Color.RED, null));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void enum_nonStringValue_readsUnknownConstant(JsonCodec codec) {
        assertThat(read(codec, "{\"color\":{\"a\":[1]},\"size\":7}", Painted.class))
                .isEqualTo(new Painted(Color.UNKNOWN, null));
    }

    // ------------------------------------------------------------------ dates

    @ParameterizedTest
    @MethodSource(BOTH)
    void dates_anyFractionLength_readExactly(JsonCodec codec) {
        String[] texts = {"2016-11-01T16:30:31Z", "2016-11-01T16:30:31.6Z", "2016-11-01T16:30:31.66Z",
            "2016-11-01T16:30:31.665Z", "2016-11-01T16:30:31.6655471Z", "2016-11-01T16:30:31.123456789Z"};
        long[] nanos = {0, 600_000_000, 660_000_000, 665_000_000, 665_547_100, 123_456_789};
        for (int i = 0; i < texts.length; i++) {
            Dated d = read(codec, "{\"at\":\"" + texts[i] + "\"}", Dated.class);
            assertThat(d.at()).as(texts[i]).isEqualTo(Instant.ofEpochSecond(1478017831L, nanos[i]));
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void dates_withoutZone_readAsUtc(JsonCodec codec) {
        Dated d = read(codec, "{\"at\":\"2017-06-22T04:28:23\",\"when\":\"2017-06-22T04:28:23\"}", Dated.class);

        assertThat(d.at()).isEqualTo(Instant.parse("2017-06-22T04:28:23Z"));
        assertThat(d.when()).isEqualTo(OffsetDateTime.of(2017, 6, 22, 4, 28, 23, 0, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void dates_withOffset_keepTheInstant(JsonCodec codec) {
        Dated d = read(codec, "{\"at\":\"2020-01-01T02:00:00+02:00\",\"when\":\"2020-01-01T02:00:00+02:00\"}",
                Dated.class);

        assertThat(d.at()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(d.when()).isEqualTo(OffsetDateTime.of(2020, 1, 1, 2, 0, 0, 0, ZoneOffset.ofHours(2)));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void dates_dotNetMinValue_readsNull(JsonCodec codec) {
        assertThat(read(codec, "{\"at\":\"0001-01-01T00:00:00\",\"when\":\"0001-01-01T00:00:00\"}", Dated.class))
                .isEqualTo(new Dated(null, null));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void dates_write_utcWithAtMostSevenTrimmedDigits(JsonCodec codec) {
        var d = new Dated(Instant.ofEpochSecond(1478017831L, 123_456_789),
                OffsetDateTime.of(2020, 1, 1, 2, 0, 0, 500_000_000, ZoneOffset.ofHours(2)));

        assertThat(codec.writeString(d))
                .isEqualTo("{\"at\":\"2016-11-01T16:30:31.1234567Z\",\"when\":\"2020-01-01T00:00:00.5Z\"}");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void dates_wholeSecond_writeWithoutFraction(JsonCodec codec) {
        assertThat(codec.writeString(new Dated(Instant.parse("2014-10-27T00:00:00Z"), null)))
                .isEqualTo("{\"at\":\"2014-10-27T00:00:00Z\"}");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void dates_malformed_areRejectedWithPath(JsonCodec codec) {
        for (String bad : new String[] {"2020-13-01T00:00:00Z", "2020-01-01", "2020-01-01T00:00:00.Z",
            "2020-01-01T00:00:00.1234567890Z", "2020-01-01T00:00:00+0200", "yesterday"}) {
            assertThatThrownBy(() -> read(codec, "{\"at\":\"" + bad + "\"}", Dated.class)).as(bad)
                    .isInstanceOf(AdoJsonException.class)
                    .satisfies(e -> assertThat(((AdoJsonException) e).path()).isEqualTo("$.at"));
        }
    }

    // ------------------------------------------------------------------ unmapped

    @ParameterizedTest
    @MethodSource(BOTH)
    void unmapped_read_collectsUnknownMembers(JsonCodec codec) {
        Open open = read(codec, "{\"id\":1,\"extra\":{\"a\":[1,2.5]},\"name\":\"n\",\"more\":null}", Open.class);

        assertThat(open).isEqualTo(new Open(1, "n", (JsonObject) tree("{\"extra\":{\"a\":[1,2.5]},\"more\":null}")));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void unmapped_noUnknownMembers_readsEmpty(JsonCodec codec) {
        assertThat(read(codec, "{\"id\":1}", Open.class).other()).isEqualTo(JsonObject.EMPTY);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void unmapped_write_putsMembersBackAfterMappedOnes(JsonCodec codec) {
        var other = JsonObject.builder().put("extra", true).put("id", 99).build();

        assertThat(codec.writeString(new Open(1, "n", other))).isEqualTo("{\"id\":1,\"name\":\"n\",\"extra\":true}");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void unmapped_roundTrip_losesNothing(JsonCodec codec) {
        String json = "{\"id\":7,\"name\":\"n\",\"x\":[{\"y\":\"z\"}],\"n\":12345678901234567890.5}";

        assertThat(tree(codec.writeString(read(codec, json, Open.class)))).isEqualTo(tree(json));
    }

    // ------------------------------------------------------------------ nulls, absence, unknowns

    @ParameterizedTest
    @MethodSource(BOTH)
    void write_nullComponents_areOmitted(JsonCodec codec) {
        assertThat(codec.writeString(new Painted(null, Size.SMALL))).isEqualTo("{\"size\":\"small\"}");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_unknownMembers_areIgnored(JsonCodec codec) {
        assertThat(read(codec, "{\"zzz\":{\"deep\":[1,{\"a\":null}]},\"id\":3,\"q\":\"r\"}", Checked.class))
                .isEqualTo(new Checked(3));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_absentMembers_areNullOrZero(JsonCodec codec) {
        assertThat(read(codec, "{}", Scalars.class))
                .isEqualTo(new Scalars(0, 0, 0, false, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_nullForPrimitive_isRejected(JsonCodec codec) {
        assertThatThrownBy(() -> read(codec, "{\"i\":null}", Scalars.class))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> assertThat(((AdoJsonException) e).path()).isEqualTo("$.i"));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_scalars_bindExactly(JsonCodec codec) {
        String json = "{\"i\":-2147483648,\"l\":9223372036854775807,\"d\":1.5e3,\"b\":true,\"boxed\":7,"
                + "\"s\":\"\\u00e9\\uD83D\\uDE00\\n\",\"dec\":0.1000,\"big\":123456789012345678901234567890,"
                + "\"uuid\":\"d6245f20-2af8-44f4-9451-8107cb2767db\",\"uri\":\"https://dev.azure.com/o?a=1\"}";

        assertThat(read(codec, json, Scalars.class)).isEqualTo(new Scalars(Integer.MIN_VALUE, Long.MAX_VALUE,
                1500.0, true, 7, "\u00e9\uD83D\uDE00\n", new BigDecimal("0.1000"),
                new BigInteger("123456789012345678901234567890"),
                UUID.fromString("d6245f20-2af8-44f4-9451-8107cb2767db"), URI.create("https://dev.azure.com/o?a=1")));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_intOverflow_isRejectedWithPath(JsonCodec codec) {
        assertThatThrownBy(() -> read(codec, "{\"i\":2147483648}", Scalars.class))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> assertThat(((AdoJsonException) e).path()).isEqualTo("$.i"));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_stringForInt_isRejected(JsonCodec codec) {
        assertThatThrownBy(() -> read(codec, "{\"i\":\"12\"}", Scalars.class)).isInstanceOf(AdoJsonException.class);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_numberForString_isRejected(JsonCodec codec) {
        assertThatThrownBy(() -> read(codec, "{\"s\":12}", Scalars.class)).isInstanceOf(AdoJsonException.class);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_constructorFailure_isJsonExceptionNamingTheProblem(JsonCodec codec) {
        assertThatThrownBy(() -> codec.read("{\"values\":[{\"id\":1},{\"id\":0}]}",
                JsonType.<Box<Checked>>of(Box.class, Checked.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("id must be > 0: 0")
                .satisfies(e -> assertThat(((AdoJsonException) e).path()).startsWith("$.values[1]"));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_missingRequiredComponent_isJsonException(JsonCodec codec) {
        assertThatThrownBy(() -> read(codec, "{}", Required.class))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("name == null");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_typeMismatchDeepInside_namesTheSamePath(JsonCodec codec) {
        assertThatThrownBy(() -> codec.read("{\"values\":[{\"id\":1},{\"id\":\"x\"}]}",
                JsonType.<Box<Checked>>of(Box.class, Checked.class)))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> {
                    var json = (AdoJsonException) e;
                    assertThat(json.path()).isEqualTo("$.values[1].id");
                    assertThat(json.line()).isEqualTo(1);
                    assertThat(json.getMessage()).contains("line 1", "$.values[1].id");
                });
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_errorPath_quotesNamesThatAreNotIdentifiers(JsonCodec codec) {
        assertThatThrownBy(() -> read(codec, "{\"System.Title\":5}", Named.class))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> assertThat(((AdoJsonException) e).path()).isEqualTo("$['System.Title']"));
    }

    // ------------------------------------------------------------------ trees, numbers, Object

    @ParameterizedTest
    @MethodSource(BOTH)
    void jsonValue_numbers_stayExact(JsonCodec codec) {
        JsonValue v = read(codec, "[9223372036854775807,9223372036854775808,0.1,1e400,-0.0,1.50]", JsonValue.class);

        assertThat(v).isEqualTo(JsonArray.of(JsonNumber.of(Long.MAX_VALUE),
                JsonNumber.of(new BigDecimal("9223372036854775808")), JsonNumber.of(new BigDecimal("0.1")),
                JsonNumber.of(new BigDecimal("1e400")), JsonNumber.of(0), JsonNumber.of(new BigDecimal("1.5"))));
        assertThat(((JsonArray) v).get(2).toString()).isEqualTo("0.1");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void holder_objectAndTrees_readAsJsonValues(JsonCodec codec) {
        Holder h = read(codec, "{\"any\":{\"a\":[true,null]},\"value\":null,\"object\":null,\"list\":[\"x\"],"
                + "\"set\":[1,2,2],\"map\":{\"k\":1}}", Holder.class);

        assertThat(h).isEqualTo(new Holder(tree("{\"a\":[true,null]}"), JsonNull.INSTANCE, null, List.of("x"),
                Set.of(1, 2), Map.of("k", 1)));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void collections_areReadUnmodifiable(JsonCodec codec) {
        Holder h = read(codec, "{\"list\":[\"x\",null],\"set\":[1],\"map\":{\"k\":null}}", Holder.class);
        List<String> top = codec.read("[\"a\"]", JsonType.listOf(String.class));

        assertThat(h.list()).containsExactly("x", null);
        assertThatThrownBy(() -> h.list().add("y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> h.set().add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> h.map().put("j", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> top.add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_duplicateMembersInTree_lastWinsAtFirstPosition(JsonCodec codec) {
        assertThat(read(codec, "{\"a\":1,\"b\":2,\"a\":3}", JsonValue.class).toString())
                .isEqualTo(tree("{\"a\":3,\"b\":2}").toString());
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_byteOrderMark_isSkipped(JsonCodec codec) {
        byte[] json = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};

        assertThat(codec.read(json, JsonType.of(JsonValue.class))).isEqualTo(tree("[1]"));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_fractionForInt_isRejected(JsonCodec codec) {
        assertThatThrownBy(() -> read(codec, "{\"i\":1.5}", Scalars.class)).isInstanceOf(AdoJsonException.class);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void read_tooLongNumber_isRejected(JsonCodec codec) {
        assertThatThrownBy(() -> read(codec, "[" + "1".repeat(1001) + "]", JsonValue.class))
                .isInstanceOf(AdoJsonException.class);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void holder_absentTree_readsNull(JsonCodec codec) {
        assertThat(read(codec, "{}", Holder.class).value()).isNull();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void jsonObject_fromArray_isRejected(JsonCodec codec) {
        assertThatThrownBy(() -> read(codec, "{\"object\":[1]}", Holder.class))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> assertThat(((AdoJsonException) e).path()).isEqualTo("$.object"));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void generics_resolveTypeArguments(JsonCodec codec) {
        Box<Instant> box = codec.read("{\"value\":\"2020-01-01T00:00:00Z\",\"values\":[\"2020-01-02T00:00:00Z\"]}",
                JsonType.of(Box.class, Instant.class));

        assertThat(box).isEqualTo(new Box<>(Instant.parse("2020-01-01T00:00:00Z"),
                List.of(Instant.parse("2020-01-02T00:00:00Z"))));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void toTree_equalsReadingTheWrittenBytes(JsonCodec codec) {
        var value = new Box<>(new Open(1, "n", JsonObject.builder().put("k", "v").build()), List.of());

        assertThat(codec.toTree(value)).isEqualTo(tree(codec.writeString(value)));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void fromTree_bindsLikeRead(JsonCodec codec) {
        String json = "{\"id\":4,\"name\":\"n\",\"z\":[1.25,\"s\",false]}";

        assertThat(codec.fromTree(tree(json), JsonType.of(Open.class))).isEqualTo(read(codec, json, Open.class));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void fromTree_failure_hasPathButNoLine(JsonCodec codec) {
        assertThatThrownBy(() -> codec.fromTree(tree("{\"id\":\"x\"}"), JsonType.of(Checked.class)))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> {
                    assertThat(((AdoJsonException) e).path()).isEqualTo("$.id");
                    assertThat(((AdoJsonException) e).line()).isEqualTo(-1);
                });
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void readStream_readsToTheEnd(JsonCodec codec) {
        var in = new ByteArrayInputStream("{\"id\":5}".getBytes(StandardCharsets.UTF_8));

        assertThat(codec.read(in, JsonType.of(Checked.class))).isEqualTo(new Checked(5));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void write_stringsWithControlsAndUnicode_roundTrip(JsonCodec codec) {
        var s = JsonString.of("a\"b\\c\u0000\u001f\u007f\u2028\uD83D\uDE00/");

        assertThat(read(codec, codec.writeString(s), JsonValue.class)).isEqualTo(s);
    }

    // ------------------------------------------------------------------ nesting limit

    private static String nested(int depth, char open, char close) {
        return String.valueOf(open).repeat(depth) + String.valueOf(close).repeat(depth);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void nesting_atTheLimit_isAccepted(JsonCodec codec) {
        assertThat(read(codec, nested(512, '[', ']'), JsonValue.class)).isInstanceOf(JsonArray.class);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void nesting_beyondTheLimit_isRejected(JsonCodec codec) {
        assertThatThrownBy(() -> read(codec, nested(513, '[', ']'), JsonValue.class))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("512");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void nesting_objectsBeyondTheLimit_areRejected(JsonCodec codec) {
        String json = "{\"a\":".repeat(513) + "1" + "}".repeat(513);

        assertThatThrownBy(() -> read(codec, json, JsonValue.class)).isInstanceOf(AdoJsonException.class);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void nesting_deepIntoRecords_isRejected(JsonCodec codec) {
        String json = "{\"any\":" + nested(600, '[', ']') + "}";

        assertThatThrownBy(() -> read(codec, json, Holder.class)).isInstanceOf(AdoJsonException.class);
    }
}
