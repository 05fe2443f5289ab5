package ado.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonCodec;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Documents that are not JSON (RFC 8259, UTF-8): both codecs reject each with a located AdoJsonException. */
class MalformedJsonTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... b) {
        byte[] result = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            result[i] = (byte) b[i];
        }
        return result;
    }

    /** {@code ["} + bytes + {@code "]} */
    private static byte[] inString(int... b) {
        byte[] inner = bytes(b);
        byte[] result = new byte[inner.length + 4];
        result[0] = '[';
        result[1] = '"';
        System.arraycopy(inner, 0, result, 2, inner.length);
        result[result.length - 2] = '"';
        result[result.length - 1] = ']';
        return result;
    }

    static Stream<Arguments> documents() {
        List<Object[]> docs = List.of(
                new Object[] {"trailing comma in array", utf8("[1,2,]")},
                new Object[] {"trailing comma in object", utf8("{\"a\":1,}")},
                new Object[] {"leading zero", utf8("[01]")},
                new Object[] {"negative leading zero", utf8("{\"a\":-007}")},
                new Object[] {"lone high surrogate escape", utf8("[\"\\ud800\"]")},
                new Object[] {"lone low surrogate escape", utf8("[\"\\udc00x\"]")},
                new Object[] {"high surrogate then letter", utf8("[\"\\ud83d\\u0041\"]")},
                new Object[] {"surrogate escape in a name", utf8("{\"\\udfff\":1}")},
                new Object[] {"raw control character", utf8("[\"a\u0001b\"]")},
                new Object[] {"raw newline in string", utf8("[\"a\nb\"]")},
                new Object[] {"raw tab in string", utf8("[\"a\tb\"]")},
                new Object[] {"NaN", utf8("[NaN]")},
                new Object[] {"Infinity", utf8("[-Infinity]")},
                new Object[] {"unterminated array", utf8("[1, 2")},
                new Object[] {"unterminated object", utf8("{\"a\":")},
                new Object[] {"unterminated string", utf8("[\"abc")},
                new Object[] {"unterminated escape", utf8("[\"\\u12")},
                new Object[] {"invalid escape", utf8("[\"\\x41\"]")},
                new Object[] {"overlong UTF-8", inString(0xC0, 0x80)},
                new Object[] {"UTF-8 encoded surrogate", inString(0xED, 0xA0, 0x80)},
                new Object[] {"invalid UTF-8 byte", inString(0xFF)},
                new Object[] {"truncated UTF-8 sequence", inString(0xE2, 0x82)},
                new Object[] {"stray continuation byte", inString(0x80)},
                new Object[] {"code point above U+10FFFF", inString(0xF4, 0x90, 0x80, 0x80)},
                new Object[] {"UTF-16 input", bytes(0x00, '[', 0x00, ']')},
                new Object[] {"trailing garbage", utf8("[1] x")},
                new Object[] {"two documents", utf8("{} {}")},
                new Object[] {"line comment", utf8("// c\n[1]")},
                new Object[] {"block comment", utf8("[1 /* c */]")},
                new Object[] {"single quotes", utf8("['a']")},
                new Object[] {"unquoted name", utf8("{a:1}")},
                new Object[] {"fraction without integer", utf8("[.5]")},
                new Object[] {"fraction without digits", utf8("[1.]")},
                new Object[] {"plus sign", utf8("[+1]")},
                new Object[] {"minus alone", utf8("[-]")},
                new Object[] {"exponent without digits", utf8("[1e]")},
                new Object[] {"hex number", utf8("[0x1F]")},
                new Object[] {"misspelled literal", utf8("[tru]")},
                new Object[] {"missing colon", utf8("{\"a\" 1}")},
                new Object[] {"missing comma", utf8("[1 2]")},
                new Object[] {"empty document", utf8("")},
                new Object[] {"whitespace only", utf8(" \n ")});
        var result = new ArrayList<Arguments>();
        for (Object[] doc : docs) {
            Codecs.both().forEach(codec -> result.add(Arguments.of(doc[0], doc[1], codec)));
        }
        return result.stream();
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("documents")
    void read_malformedDocument_isRejectedWithLocation(String problem, byte[] json, JsonCodec codec) {
        assertThatThrownBy(() -> codec.read(json, JsonType.of(JsonValue.class)))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> {
                    var failure = (AdoJsonException) e;
                    assertThat(failure.getMessage()).isNotBlank();
                    assertThat(failure.line()).isGreaterThanOrEqualTo(1);
                    assertThat(failure.column()).isGreaterThanOrEqualTo(1);
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void read_loneSurrogate_messageSaysSurrogate(JsonCodec codec) {
        assertThatThrownBy(() -> codec.read("{\"a\":[\"ok\",\"\\ud800\"]}", JsonType.of(JsonValue.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("urrogate")
                .satisfies(e -> assertThat(((AdoJsonException) e).path()).isEqualTo("$.a[1]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void read_errorOnLaterLine_reportsLineAndColumn(JsonCodec codec) {
        assertThatThrownBy(() -> codec.read("{\n  \"a\": [1,\n    01]\n}", JsonType.of(JsonValue.class)))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> {
                    assertThat(((AdoJsonException) e).line()).isEqualTo(3);
                    assertThat(((AdoJsonException) e).path()).startsWith("$.a[");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void read_invalidUtf8_messageSaysUtf8(JsonCodec codec) {
        assertThatThrownBy(() -> codec.read(inString(0xC3, 0x28), JsonType.of(JsonValue.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("UTF-8");
    }
}
