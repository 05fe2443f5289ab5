package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and writing {@link JsonValue} trees with the built-in codec. */
class JsonTreeTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();

    private static JsonValue parse(String json) {
        return CODEC.read(json, JsonType.of(JsonValue.class));
    }

    @Test
    void read_object_keepsMemberOrder() {
        var o = (JsonObject) parse("{\"z\":1,\"a\":2,\"m\":3}");

        assertThat(o.members().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void read_duplicateMember_lastValueWinsAtFirstPosition() {
        var o = (JsonObject) parse("{\"a\":1,\"b\":2,\"a\":3}");

        assertThat(o.members().keySet()).containsExactly("a", "b");
        assertThat(o.get("a")).isEqualTo(JsonNumber.of(3));
    }

    @Test
    void read_nestedStructure_buildsTheTree() {
        JsonValue v = parse(" {\"a\" : [ true , false , null , \"s\" , {} , [] ] }\n");

        assertThat(v).isEqualTo(JsonObject.builder().put("a", JsonArray.of(JsonBoolean.TRUE, JsonBoolean.FALSE,
                JsonNull.INSTANCE, JsonString.of("s"), JsonObject.EMPTY, JsonArray.EMPTY)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "7", "-7", "123456789012345678", "-123456789012345678",
            "9223372036854775807", "-9223372036854775808"})
    void read_integerThatFitsLong_isHeldAsLong(String text) {
        var n = (JsonNumber) parse(text);

        assertThat(n.isLong()).isTrue();
        assertThat(n.longValue()).isEqualTo(Long.parseLong(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "1.5", "-0.25", "1e400", "2.5E-3",
            "12345678901234567890123456789"})
    void read_numberBeyondLong_isExactBigDecimal(String text) {
        var n = (JsonNumber) parse(text);

        assertThat(n.isLong()).isFalse();
        assertThat(n.bigDecimalValue()).isEqualByComparingTo(new BigDecimal(text));
    }

    @Test
    void read_integralExponent_isHeldAsLong() {
        assertThat(((JsonNumber) parse("1e3")).isLong()).isTrue();
        assertThat(((JsonNumber) parse("1e3")).longValue()).isEqualTo(1000);
    }

    @Test
    void read_hugeExponent_isReadWithoutExpanding() {
        var n = (JsonNumber) parse("1e999999999");

        assertThat(n.bigDecimalValue().scale()).isEqualTo(-999999999);
    }

    @Test
    void read_exponentBeyondIntRange_fails() {
        assertThatThrownBy(() -> parse("1e99999999999"))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Number out of range at line 1, column 1, path $");
    }

    @Test
    void read_escapes_decodeToTheirCharacters() {
        assertThat(parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u00e9 \\u20AC\""))
                .isEqualTo(JsonString.of("\" \\ / \b \f \n \r \t A é €"));
    }

    @Test
    void read_surrogatePairEscape_decodesToOneCodePoint() {
        var s = (JsonString) parse("\"\\uD83D\\uDE00\"");

        assertThat(s.value().codePoints()).containsExactly(0x1F600);
    }

    @Test
    void read_rawUtf8_decodesEveryLength() {
        String text = "\"aé€😀\"";

        var s = (JsonString) CODEC.read(text.getBytes(StandardCharsets.UTF_8), JsonType.of(JsonValue.class));

        assertThat(s.value()).isEqualTo("aé€😀");
    }

    @Test
    void read_byteOrderMark_isSkipped() {
        byte[] json = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};

        assertThat(CODEC.read(json, JsonType.of(JsonValue.class))).isEqualTo(JsonArray.of(JsonNumber.of(1)));
    }

    @Test
    void read_topLevelScalars_areValues() {
        assertThat(parse("\"x\"")).isEqualTo(JsonString.of("x"));
        assertThat(parse(" 42 ")).isEqualTo(JsonNumber.of(42));
        assertThat(parse("true")).isEqualTo(JsonBoolean.TRUE);
        assertThat(parse("null")).isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void read_inputStream_readsToTheEnd() {
        var in = new ByteArrayInputStream("{\"a\":[1]}".getBytes(StandardCharsets.UTF_8));

        assertThat(CODEC.read(in, JsonType.of(JsonValue.class))).isEqualTo(parse("{\"a\":[1]}"));
    }

    @Test
    void read_longStringAndManyMembers_isFast() {
        String longString = "x".repeat(5_000_000);
        var sb = new StringBuilder("{");
        for (int i = 0; i < 200_000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        String manyMembers = sb.append('}').toString();

        long start = System.nanoTime();
        var s = (JsonString) parse("\"" + longString + "\"");
        var o = (JsonObject) parse(manyMembers);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(s.value()).hasSize(5_000_000);
        assertThat(o.members()).hasSize(200_000);
        assertThat(millis).as("linear time, generous bound").isLessThan(5_000);
    }

    @Test
    void write_tree_isCompactJson() {
        JsonValue v = JsonObject.builder().put("a", JsonArray.of(JsonNumber.of(1), JsonNumber.of(new BigDecimal(
                "2.50")), JsonBoolean.FALSE, JsonNull.INSTANCE)).put("b", "c").build();

        assertThat(CODEC.writeString(v)).isEqualTo("{\"a\":[1,2.50,false,null],\"b\":\"c\"}");
    }

    @Test
    void write_string_escapesQuotesBackslashesAndControlCharacters() {
        assertThat(CODEC.writeString(JsonString.of("\"\\/\b\f\n\r\t\u0001\u001f")))
                .isEqualTo("\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\"");
    }

    @Test
    void write_nonAscii_isRawUtf8() {
        byte[] json = CODEC.write(JsonString.of("é€😀"));

        assertThat(json).isEqualTo("\"é€😀\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void write_unpairedSurrogate_fails() {
        assertThatThrownBy(() -> CODEC.write(JsonString.of("a\uD83Db")))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Cannot write a string with an unpaired surrogate U+D83D at index 1");
    }

    @Test
    void write_outputStream_receivesTheDocument() {
        var out = new ByteArrayOutputStream();

        CODEC.write(JsonArray.of(JsonString.of("x")), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\"x\"]");
    }

    @Test
    void write_null_isJsonNull() {
        assertThat(CODEC.writeString(null)).isEqualTo("null");
    }

    @Test
    void jsonValue_parseAndToJson_useTheBuiltinCodec() {
        JsonValue v = JsonValue.parse("{\"System.Title\":\"Fix it\",\"System.Rev\":3}");

        assertThat(v.toJson()).isEqualTo("{\"System.Title\":\"Fix it\",\"System.Rev\":3}");
    }

    @Test
    void toTree_tree_isTheSameTree() {
        JsonValue v = parse("[1,{\"a\":null}]");

        assertThat(CODEC.toTree(v)).isSameAs(v);
    }

    @Test
    void fromTree_treeToTree_isAnEqualTree() {
        JsonValue v = parse("[1,{\"a\":null}]");

        assertThat(CODEC.fromTree(v, JsonType.of(JsonValue.class))).isEqualTo(v);
    }

    @Test
    void read_listOfTrees_bindsEachElement() {
        List<JsonValue> values = CODEC.read("[1,\"a\"]", JsonType.listOf(JsonValue.class));

        assertThat(values).containsExactly(JsonNumber.of(1), JsonString.of("a"));
    }
}
