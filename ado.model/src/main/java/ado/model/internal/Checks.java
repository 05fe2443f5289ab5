package ado.model.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the model records; every message names the field and the bad value. */
public final class Checks {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

    private Checks() {
    }

    /** {@return {@code value}} after checking it is present and not blank */
    public static String nonBlank(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank: '" + value + "'");
        }
        return value;
    }

    /** {@return {@code value}} after checking it is 40 lowercase hex digits (a Git SHA-1) */
    public static String sha(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        if (!SHA.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 40 lowercase hex digits: '" + value + "'");
        }
        return value;
    }

    /** {@return {@code value}} after checking it is {@code null} or a SHA-1 as {@link #sha} wants it */
    public static String shaOrNull(String value, String field) {
        return value == null ? null : sha(value, field);
    }

    /**
     * {@return {@code value}} after checking it is a well-formed full ref name: {@code refs/} and at least one
     * more non-empty segment, no empty segment, no whitespace or control character, none of {@code ~^:?*[\},
     * no {@code ..}, and no {@code .lock} or {@code /} at the end
     */
    public static String refName(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        if (!value.startsWith("refs/") || value.length() == 5 || value.contains("//") || value.endsWith("/")
                || value.contains("..") || value.endsWith(".lock") || value.contains("@{")) {
            throw new IllegalArgumentException(field + " must be a full ref name such as refs/heads/main: '"
                    + value + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 127 || "~^:?*[\\".indexOf(c) >= 0) {
                throw new IllegalArgumentException(field + " must not contain '" + c + "': '" + value + "'");
            }
        }
        return value;
    }

    /** {@return {@code value}} after checking it is not negative */
    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0: " + value);
        }
        return value;
    }
}
