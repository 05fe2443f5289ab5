package ado.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonCodec;
import ado.core.json.JsonNumber;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.json.Fixtures.Scalars;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers at and beyond the range of their target type: both codecs throw {@link AdoJsonException} (never a
 * {@code NumberFormatException}, {@code ArithmeticException} or an infinity), or both produce the same value, as a
 * top-level value, a list element, a record component and bound from a tree.
 *
 * <p>Not in this table: an integral value written with a fraction or exponent ({@code 1.0}, {@code 1e2}) bound to an
 * integer type, which the built-in codec accepts and Jackson rejects (see {@link JacksonDifferencesTest}).
 */
class OutOfRangeNumberTest {

    /** Stands for "both codecs throw AdoJsonException". */
    private static final Object FAILS = new Object() {
        @Override
        public String toString() {
            return "AdoJsonException";
        }
    };

    private static Object[] row(String literal, Class<?> type, Object expected) {
        return new Object[] {literal, type, expected};
    }

    static List<Object[]> table() {
        return List.of(
                // int
                row("2147483647", int.class, Integer.MAX_VALUE),
                row("2147483648", int.class, FAILS),
                row("-2147483648", int.class, Integer.MIN_VALUE),
                row("-2147483649", int.class, FAILS),
                row("2147483648", Integer.class, FAILS),
                row("99999999999999999999999", int.class, FAILS),
                row("1e99999999999", int.class, FAILS),
                row("1e400", int.class, FAILS),
                row("-0", int.class, 0),
                row("1.5", int.class, FAILS),
                // long
                row("9223372036854775807", long.class, Long.MAX_VALUE),
                row("9223372036854775808", long.class, FAILS),
                row("-9223372036854775808", long.class, Long.MIN_VALUE),
                row("-9223372036854775809", long.class, FAILS),
                row("9223372036854775808", Long.class, FAILS),
                row("1e99999999999", long.class, FAILS),
                row("-1e99999999999", Long.class, FAILS),
                row("-0", long.class, 0L),
                // double
                row("1e400", double.class, FAILS),
                row("-1e400", double.class, FAILS),
                row("1e400", Double.class, FAILS),
                row("1e99999999999", double.class, FAILS),
                row("-1e99999999999", Double.class, FAILS),
                row("1e2147483647", double.class, FAILS),
                row("1.8e308", double.class, FAILS),
                row("1.7976931348623157e308", double.class, Double.MAX_VALUE),
                row("4.9e-324", double.class, Double.MIN_VALUE),
                row("1e-400", double.class, 0.0),
                row("1e-99999999999", double.class, 0.0),
                row("-0", double.class, 0.0),
                row("-0.0", double.class, -0.0),
                row("-0.0", Double.class, -0.0),
                row("9007199254740993", double.class, 9007199254740992.0),
                // float
                row("3.4028236e38", float.class, FAILS),
                row("1e39", Float.class, FAILS),
                row("1e99999999999", float.class, FAILS),
                row("3.4028235e38", float.class, Float.MAX_VALUE),
                row("-0.0", float.class, -0.0f),
                // BigDecimal
                row("1e99999999999", BigDecimal.class, FAILS),
                row("-1e99999999999", BigDecimal.class, FAILS),
                row("1e-99999999999", BigDecimal.class, FAILS),
                row("1e-2147483648", BigDecimal.class, FAILS),
                row("1e2147483647", BigDecimal.class, new BigDecimal("1e2147483647")),
                row("1e400", BigDecimal.class, new BigDecimal("1e400")),
                row("-0", BigDecimal.class, BigDecimal.ZERO),
                row("-0.0", BigDecimal.class, new BigDecimal("0.0")),
                // BigInteger
                row("1e99999999999", BigInteger.class, FAILS),
                row("123456789012345678901234567890", BigInteger.class,
                        new BigInteger("123456789012345678901234567890")),
                row("-0", BigInteger.class, BigInteger.ZERO),
                // trees and Object
                row("1e99999999999", JsonValue.class, FAILS),
                row("1e-2147483648", JsonValue.class, FAILS),
                row("1e99999999999", JsonNumber.class, FAILS),
                row("1e99999999999", Object.class, FAILS),
                row("1e400", JsonValue.class, JsonNumber.of(new BigDecimal("1e400"))),
                row("-0", JsonValue.class, JsonNumber.of(0)),
                // dates
                row("1e99999999999", Instant.class, FAILS),
                row("\"+1000000000-01-01T00:00:00Z\"", Instant.class, FAILS),
                row("\"2026-13-01T00:00:00Z\"", Instant.class, FAILS));
    }

    static Stream<Arguments> cases() {
        var result = new ArrayList<Arguments>();
        for (Object[] r : table()) {
            Codecs.both().forEach(codec -> result.add(Arguments.of(r[0], r[1], r[2], codec)));
        }
        return result.stream();
    }

    static Stream<Arguments> rows() {
        return table().stream().map(Arguments::of);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object list(JsonCodec codec, String literal, Class<?> type) {
        Class<?> element = type.isPrimitive() ? box(type) : type;
        List<?> values = (List<?>) codec.read("[" + literal + "]", JsonType.listOf((Class) element));
        return values.get(0);
    }

    private static Class<?> box(Class<?> primitive) {
        return Map.<Class<?>, Class<?>>of(int.class, Integer.class, long.class, Long.class, double.class,
                Double.class, float.class, Float.class).get(primitive);
    }

    @ParameterizedTest(name = "{0} as {1} ({3})")
    @MethodSource("cases")
    void topLevel_outcomeIsTheTables(String literal, Class<?> type, Object expected, JsonCodec codec) {
        if (expected == FAILS) {
            assertThatThrownBy(() -> codec.read(literal, JsonType.of(type))).isInstanceOf(AdoJsonException.class);
        } else {
            assertThat((Object) codec.read(literal, JsonType.of(type))).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "[{0}] as List<{1}> ({3})")
    @MethodSource("cases")
    void listElement_outcomeIsTheTables(String literal, Class<?> type, Object expected, JsonCodec codec) {
        if (expected == FAILS) {
            assertThatThrownBy(() -> list(codec, literal, type)).isInstanceOf(AdoJsonException.class);
        } else {
            assertThat(list(codec, literal, type)).isEqualTo(expected);
        }
    }

    /** The record component of {@link Scalars} that has {@code type}, or null. */
    private static String component(Class<?> type) {
        return Map.<Class<?>, String>of(int.class, "i", long.class, "l", double.class, "d", Integer.class, "boxed",
                BigDecimal.class, "dec", BigInteger.class, "big").get(type);
    }

    @ParameterizedTest(name = "{0} as Scalars.{1}")
    @MethodSource("rows")
    void recordComponent_bothCodecsAgreeAndNameThePath(String literal, Class<?> type, Object expected) {
        String name = component(type);
        if (name == null) {
            return; // no component of that type in the fixture; covered at top level and in lists
        }
        String json = "{\"" + name + "\":" + literal + "}";
        for (JsonCodec codec : Codecs.both().toList()) {
            if (expected == FAILS) {
                assertThatThrownBy(() -> codec.read(json, JsonType.of(Scalars.class)))
                        .as(codec.name()).isInstanceOfSatisfying(AdoJsonException.class,
                                e -> assertThat(e.path()).as(codec.name()).isEqualTo("$." + name));
            } else {
                assertThat(codec.read(json, JsonType.of(Scalars.class))).as(codec.name())
                        .isEqualTo(Codecs.BUILTIN.read(json, JsonType.of(Scalars.class)));
            }
        }
    }

    @ParameterizedTest(name = "tree {0} as {1}")
    @MethodSource("rows")
    void fromTree_bothCodecsAgree(String literal, Class<?> type, Object expected) {
        BigDecimal exact;
        try {
            exact = new BigDecimal(literal);
        } catch (NumberFormatException notRepresentable) {
            return; // no tree can hold it; the parsers reject it above
        }
        JsonValue tree = JsonNumber.of(exact);
        Object builtin = outcome(Codecs.BUILTIN, tree, type);
        Object jackson = outcome(Codecs.JACKSON, tree, type);

        assertThat(jackson).isEqualTo(builtin);
    }

    private static Object outcome(JsonCodec codec, JsonValue tree, Class<?> type) {
        try {
            return codec.fromTree(tree, JsonType.of(type));
        } catch (AdoJsonException e) {
            return FAILS;
        }
    }
}
