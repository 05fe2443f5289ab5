package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ado.core.error.AdoJsonException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed documents: each is rejected with a message saying what was expected, where, and at which path. */
class MalformedJsonTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();

    static Stream<Arguments> malformedText() {
        return Stream.of(
                // text, expected message
                Arguments.of("", "Expected a value but reached the end of the input at line 1, column 1, path $"),
                Arguments.of("   ", "Expected a value but reached the end of the input at line 1, column 4, path $"),
                Arguments.of("[1,2,]", "Trailing comma before ']' at line 1, column 6, path $[1]"),
                Arguments.of("{\"a\":1,}", "Trailing comma before '}' at line 1, column 8, path $.a"),
                Arguments.of("[01]", "Leading zeros are not allowed in numbers at line 1, column 2, path $[0]"),
                Arguments.of("-012", "Leading zeros are not allowed in numbers at line 1, column 2, path $"),
                Arguments.of("[NaN]", "Expected a value but found 'N' at line 1, column 2, path $[0]"),
                Arguments.of("Infinity", "Expected a value but found 'I' at line 1, column 1, path $"),
                Arguments.of("-Infinity", "Expected a digit after '-' but found 'I' at line 1, column 2, path $"),
                Arguments.of("+1", "Expected a value but found '+' at line 1, column 1, path $"),
                Arguments.of(".5", "Expected a value but found '.' at line 1, column 1, path $"),
                Arguments.of("1.", "Expected a digit after '.' but reached the end of the input at line 1, column 3,"
                        + " path $"),
                Arguments.of("[1.e5]", "Expected a digit after '.' but found 'e' at line 1, column 4, path $[0]"),
                Arguments.of("1e", "Expected a digit in the exponent but reached the end of the input at line 1,"
                        + " column 3, path $"),
                Arguments.of("-", "Expected a digit after '-' but reached the end of the input at line 1, column 2,"
                        + " path $"),
                Arguments.of("{\"a\":1 // note\n}", "Expected ',' or '}' but found '/' at line 1, column 8, path $.a"),
                Arguments.of("/* c */ 1", "Expected a value but found '/' at line 1, column 1, path $"),
                Arguments.of("{'a':1}", "Expected a member name or '}' but found ''' at line 1, column 2, path $"),
                Arguments.of("['a']", "Expected a value but found ''' at line 1, column 2, path $[0]"),
                Arguments.of("{a:1}", "Expected a member name or '}' but found 'a' at line 1, column 2, path $"),
                Arguments.of("{\"a\" 1}", "Expected ':' but found '1' at line 1, column 6, path $.a"),
                Arguments.of("[1 2]", "Expected ',' or ']' but found '2' at line 1, column 4, path $[0]"),
                Arguments.of("[1,,2]", "Expected a value but found ',' at line 1, column 4, path $[1]"),
                Arguments.of("{\"a\":1,,}", "Expected a member name but found ',' at line 1, column 8, path $.a"),
                Arguments.of("[", "Expected a value but reached the end of the input at line 1, column 2, path $[0]"),
                Arguments.of("[1", "Expected ',' or ']' but reached the end of the input at line 1, column 3,"
                        + " path $[0]"),
                Arguments.of("{\"a\":", "Expected a value but reached the end of the input at line 1, column 6,"
                        + " path $.a"),
                Arguments.of("{\"a\"", "Expected ':' but reached the end of the input at line 1, column 5, path $.a"),
                Arguments.of("{", "Expected a member name or '}' but reached the end of the input at line 1,"
                        + " column 2, path $"),
                Arguments.of("\"abc", "Unterminated string: expected '\"' but reached the end of the input at line 1,"
                        + " column 5, path $"),
                Arguments.of("\"ab\\", "Unterminated string: expected an escape but reached the end of the input"
                        + " at line 1, column 5, path $"),
                Arguments.of("tru", "Invalid literal: expected 'true' at line 1, column 1, path $"),
                Arguments.of("nul", "Invalid literal: expected 'null' at line 1, column 1, path $"),
                Arguments.of("True", "Expected a value but found 'T' at line 1, column 1, path $"),
                Arguments.of("{\"a\":1}x", "Expected the end of the input but found 'x' at line 1, column 8, path $"),
                Arguments.of("1 2", "Expected the end of the input but found '2' at line 1, column 3, path $"),
                Arguments.of("{}{}", "Expected the end of the input but found '{' at line 1, column 3, path $"),
                Arguments.of("\"a\tb\"", "Unescaped control character U+0009 in string at line 1, column 3, path $"),
                Arguments.of("[\"a\nb\"]", "Unescaped control character U+000A in string at line 1, column 4,"
                        + " path $[0]"),
                Arguments.of("\"\u0000\"", "Unescaped control character U+0000 in string at line 1, column 2, path $"),
                Arguments.of("\"\\x\"", "Invalid escape 'x' in string at line 1, column 2, path $"),
                Arguments.of("\"\\u12", "Unterminated string: expected a hex digit but reached the end of the input"
                        + " at line 1, column 6, path $"),
                Arguments.of("\"\\u12G4\"", "Invalid \\u escape: expected a hex digit but found 'G' at line 1,"
                        + " column 6, path $"),
                Arguments.of("\"\\uD83D\"", "Unpaired surrogate escape \\uD83D (a low surrogate escape must follow)"
                        + " at line 1, column 2, path $"),
                Arguments.of("\"\\uD83D\\u0041\"", "Unpaired surrogate escape \\uD83D (a low surrogate escape must"
                        + " follow) at line 1, column 2, path $"),
                Arguments.of("\"\\uDE00\"", "Unpaired surrogate escape \\uDE00 (a low surrogate must follow a high"
                        + " one) at line 1, column 2, path $"),
                Arguments.of("{\"a\":\n  [1,\n   2,\n   x]}", "Expected a value but found 'x' at line 4, column 4,"
                        + " path $.a[2]"),
                Arguments.of("{\"value\":[{\"fields\":{\"System.Title\":tru}}]}", "Invalid literal: expected"
                        + " 'true' at line 1, column 37, path $.value[0].fields['System.Title']"),
                Arguments.of("1" + "0".repeat(1000), "Number longer than 1000 characters at line 1, column 1,"
                        + " path $"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformedText")
    void read_malformedDocument_failsNamingExpectationLineColumnAndPath(String text, String message) {
        assertThatThrownBy(() -> CODEC.read(text, JsonType.of(JsonValue.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of(bytes('"', 0xC3, '"'), "Invalid UTF-8: byte 0x22 at position 2 of a 2-byte sequence"
                        + " starting with 0xC3 at line 1, column 2, path $"),
                Arguments.of(bytes('"', 0xE2, 0x82), "Invalid UTF-8: truncated 3-byte sequence at line 1, column 2,"
                        + " path $"),
                Arguments.of(bytes('"', 0xC0, 0xAF, '"'), "Invalid UTF-8: byte 0xC0 cannot start a character at"
                        + " line 1, column 2, path $"),
                Arguments.of(bytes('"', 0xE0, 0x80, 0xAF, '"'), "Invalid UTF-8: byte 0x80 at position 2 of a 3-byte"
                        + " sequence starting with 0xE0 at line 1, column 2, path $"),
                Arguments.of(bytes('"', 0xF0, 0x80, 0x80, 0xAF, '"'), "Invalid UTF-8: byte 0x80 at position 2 of a"
                        + " 4-byte sequence starting with 0xF0 at line 1, column 2, path $"),
                Arguments.of(bytes('"', 0xED, 0xA0, 0x80, '"'), "Invalid UTF-8: byte 0xA0 at position 2 of a 3-byte"
                        + " sequence starting with 0xED at line 1, column 2, path $"),
                Arguments.of(bytes('"', 0xF4, 0x90, 0x80, 0x80, '"'), "Invalid UTF-8: byte 0x90 at position 2 of a"
                        + " 4-byte sequence starting with 0xF4 at line 1, column 2, path $"),
                Arguments.of(bytes('"', 0xF5, 0x80, 0x80, 0x80, '"'), "Invalid UTF-8: byte 0xF5 cannot start a"
                        + " character at line 1, column 2, path $"),
                Arguments.of(bytes('"', 0xFF, '"'), "Invalid UTF-8: byte 0xFF cannot start a character at line 1,"
                        + " column 2, path $"),
                Arguments.of(bytes('"', 0x80, '"'), "Invalid UTF-8: byte 0x80 cannot start a character at line 1,"
                        + " column 2, path $"),
                Arguments.of(bytes('[', '"', 0xC3, 0xA9, '"', ',', '"', 0xE9, '"', ']'), "Invalid UTF-8: byte 0x22 at"
                        + " position 2 of a 3-byte sequence starting with 0xE9 at line 1, column 7, path $[1]"),
                Arguments.of(bytes(0xC3, 0xA9), "Expected a value but found byte 0xC3 at line 1, column 1, path $"),
                Arguments.of(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, '1'), "Expected a value but found byte 0xEF"
                        + " at line 1, column 1, path $"));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("invalidUtf8")
    void read_invalidUtf8_failsNamingTheByte(byte[] json, String message) {
        assertThatThrownBy(() -> CODEC.read(json, JsonType.of(JsonValue.class)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformedText")
    void read_malformedDocumentIntoRecordType_failsTheSameWay(String text, String message) {
        // the reader validates what the binder skips, so unknown members cannot hide malformed JSON
        String wrapped = "{\"ignored\":" + text + "}";
        assertThatThrownBy(() -> CODEC.read(wrapped, JsonType.of(Empty.class)))
                .isInstanceOf(AdoJsonException.class);
    }

    @Test
    void exception_malformedDocument_exposesLineColumnAndPath() {
        var e = catchThrowableOfType(AdoJsonException.class,
                () -> CODEC.read("{\"a\":\n [true, fals]}", JsonType.of(JsonValue.class)));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(9);
        assertThat(e.path()).isEqualTo("$.a[1]");
    }

    @Test
    void read_columnAfterMultiByteCharacters_countsCharactersNotBytes() {
        byte[] json = "[\"é😀\", x]".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CODEC.read(json, JsonType.of(JsonValue.class)))
                .hasMessage("Expected a value but found 'x' at line 1, column 8, path $[1]");
    }

    /** A record with no components: every member is unknown and skipped. */
    record Empty() {
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
