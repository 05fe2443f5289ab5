package ado.core.json;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The naming rules every {@link JsonCodec} follows, in one place so that the built-in codec and {@code ado.json}
 * cannot drift apart: the wire name of an enum constant, and how a member appears in a JSON path of an error
 * message. Static methods only, without state: safe from any thread.
 */
public final class JsonNames {

    private JsonNames() {
    }

    /**
     * {@return the wire name of {@code constant}: its {@link JsonName}, else its name in lower camel case}
     * ({@code IN_PROGRESS} is {@code inProgress}; a name that already has lower-case letters, such as {@code Active},
     * only loses its initial capital)
     *
     * @param constant the enum constant
     */
    public static String wireName(Enum<?> constant) {
        Objects.requireNonNull(constant, "constant == null");
        try {
            JsonName annotation = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonName.class);
            if (annotation != null) {
                return annotation.value();
            }
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("enum constant without a field: " + constant, e);
        }
        return lowerCamel(constant.name());
    }

    /**
     * {@return the constants of {@code type} by their {@link JsonEnumNumber}; empty if none declares one}
     *
     * @param <E> the enum type
     * @param type the enum class
     * @throws IllegalStateException if two constants declare the same number
     */
    public static <E extends Enum<E>> Map<Integer, E> enumNumbers(Class<E> type) {
        Map<Integer, E> out = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            JsonEnumNumber number;
            try {
                number = type.getField(constant.name()).getAnnotation(JsonEnumNumber.class);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("enum constant without a field: " + constant, e);
            }
            if (number != null && out.put(number.value(), constant) != null) {
                throw new IllegalStateException(type.getName() + " declares @JsonEnumNumber(" + number.value()
                        + ") twice");
            }
        }
        return Map.copyOf(out);
    }

    /**
     * {@return the enum constant a JSON number stands for: the one whose {@link JsonEnumNumber} equals it, else
     * {@code unknown}} A number that is no integer, or out of the {@code int} range, is {@code unknown} too. Both
     * codecs read numbers for enums through this method.
     *
     * @param <E> the enum type
     * @param byNumber the constants by number, from {@link #enumNumbers(Class)}
     * @param number the JSON number
     * @param unknown the value for a number no constant declares
     */
    public static <E> E enumOfNumber(Map<Integer, E> byNumber, BigDecimal number, E unknown) {
        BigDecimal n = number.stripTrailingZeros();
        if (n.scale() > 0 || n.precision() - n.scale() > 10) {
            return unknown;
        }
        long value = n.longValueExact();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            return unknown;
        }
        return byNumber.getOrDefault((int) value, unknown);
    }

    /**
     * {@return the boolean a JSON string stands for: {@code "true"} or {@code "false"} in any case, as the service
     * accepts them, else {@code null}} Both codecs read strings for booleans through this method.
     *
     * @param text the JSON string's value
     */
    public static Boolean booleanOfString(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        return null;
    }

    /**
     * {@return {@code IN_PROGRESS} as {@code inProgress}; a name with lower-case letters just loses its capital}
     *
     * @param name an enum constant's name
     */
    public static String lowerCamel(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        var sb = new StringBuilder(name.length());
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                upper = sb.length() > 0;
            } else {
                sb.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return sb.toString();
    }

    /**
     * Appends member {@code name} to a JSON path: {@code .name}, or {@code ['name']} when the name is not a plain
     * identifier (as in {@code $.fields['System.Title']}).
     *
     * @param path the path so far, such as {@code $.fields}
     * @param name the member name
     */
    public static void appendPathMember(StringBuilder path, String name) {
        if (isIdentifier(name)) {
            path.append('.').append(name);
            return;
        }
        path.append("['");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\'' || c == '\\') {
                path.append('\\');
            }
            path.append(c);
        }
        path.append("']");
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
