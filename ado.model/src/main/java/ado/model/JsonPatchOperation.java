package ado.model;

import ado.core.json.JsonValue;
import java.util.Objects;

/**
 * One operation of a JSON Patch document (RFC 6902), the body Azure DevOps takes for work item and property updates
 * ({@code application/json-patch+json}).
 *
 * <pre>{@code
 * List<JsonPatchOperation> patch = List.of(
 *         JsonPatchOperation.test("/rev", JsonNumber.of(3)),
 *         JsonPatchOperation.add("/fields/System.Title", JsonString.of("Fix it")));
 * }</pre>
 *
 * @param op    the operation
 * @param path  the JSON Pointer the operation applies to, such as {@code /fields/System.Title} or {@code /relations/-}
 * @param from  the source pointer of {@code move} and {@code copy}, else {@code null}
 * @param value the value of {@code add}, {@code replace} and {@code test} ({@link ado.core.json.JsonNull} for a JSON
 *              {@code null}), else {@code null}
 */
public record JsonPatchOperation(Op op, String path, String from, JsonValue value) {

    /**
     * Checks that {@code op} and {@code path} are present and that {@code from} and {@code value} fit {@code op}.
     *
     * @param op    the operation
     * @param path  the JSON Pointer the operation applies to, such as {@code /fields/System.Title} or
     *              {@code /relations/-}
     * @param from  the source pointer of {@code move} and {@code copy}, else {@code null}
     * @param value the value of {@code add}, {@code replace} and {@code test} ({@link ado.core.json.JsonNull} for a
     *              JSON {@code null}), else {@code null}
     * @throws NullPointerException     if {@code op} or {@code path} is null, {@code value} is null for {@code add},
     *                                  {@code replace} or {@code test}, or {@code from} is null for {@code move} or
     *                                  {@code copy}
     * @throws IllegalArgumentException if {@code path} or {@code from} is not a JSON Pointer (RFC 6901)
     */
    public JsonPatchOperation {
        Objects.requireNonNull(op, "op == null");
        pointer(path, "path");
        switch (op) {
            case ADD, REPLACE, TEST -> Objects.requireNonNull(value, () -> "value == null for op " + op);
            case MOVE, COPY -> pointer(from, "from");
            case REMOVE, UNKNOWN -> {
            }
        }
    }

    /** A JSON Pointer (RFC 6901): empty or {@code /}-prefixed, {@code ~} only as {@code ~0} or {@code ~1}. */
    private static void pointer(String pointer, String field) {
        Objects.requireNonNull(pointer, () -> field + " == null");
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            throw new IllegalArgumentException(field + " must be empty or start with '/': " + pointer);
        }
        for (int i = 0; i < pointer.length(); i++) {
            char c = pointer.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(field + " must not contain control characters (index " + i + ")");
            }
            if (c == '~' && (i + 1 == pointer.length() || "01".indexOf(pointer.charAt(i + 1)) < 0)) {
                throw new IllegalArgumentException(field + " has a '~' that is not ~0 or ~1 (RFC 6901) at index "
                        + i + ": " + pointer);
            }
        }
    }

    /**
     * {@return an {@code add} of {@code value} at {@code path}}
     *
     * @param path  where to add, such as {@code /fields/System.Title}; {@code /-} at the end appends to an array
     * @param value the value; {@link ado.core.json.JsonNull} for a JSON {@code null}
     * @throws NullPointerException     if {@code path} or {@code value} is null
     * @throws IllegalArgumentException if {@code path} is not a JSON Pointer (RFC 6901)
     */
    public static JsonPatchOperation add(String path, JsonValue value) {
        return new JsonPatchOperation(Op.ADD, path, null, value);
    }

    /**
     * {@return a {@code remove} of {@code path}}
     *
     * @param path the value to remove, such as {@code /relations/0}
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException if {@code path} is not a JSON Pointer (RFC 6901)
     */
    public static JsonPatchOperation remove(String path) {
        return new JsonPatchOperation(Op.REMOVE, path, null, null);
    }

    /**
     * {@return a {@code replace} of {@code path} by {@code value}}
     *
     * @param path  the value to replace
     * @param value the new value; {@link ado.core.json.JsonNull} for a JSON {@code null}
     * @throws NullPointerException     if {@code path} or {@code value} is null
     * @throws IllegalArgumentException if {@code path} is not a JSON Pointer (RFC 6901)
     */
    public static JsonPatchOperation replace(String path, JsonValue value) {
        return new JsonPatchOperation(Op.REPLACE, path, null, value);
    }

    /**
     * {@return a {@code move} from {@code from} to {@code path}}
     *
     * @param from the value to move
     * @param path where to move it
     * @throws NullPointerException     if {@code from} or {@code path} is null
     * @throws IllegalArgumentException if {@code from} or {@code path} is not a JSON Pointer (RFC 6901)
     */
    public static JsonPatchOperation move(String from, String path) {
        return new JsonPatchOperation(Op.MOVE, path, from, null);
    }

    /**
     * {@return a {@code copy} from {@code from} to {@code path}}
     *
     * @param from the value to copy
     * @param path where to copy it
     * @throws NullPointerException     if {@code from} or {@code path} is null
     * @throws IllegalArgumentException if {@code from} or {@code path} is not a JSON Pointer (RFC 6901)
     */
    public static JsonPatchOperation copy(String from, String path) {
        return new JsonPatchOperation(Op.COPY, path, from, null);
    }

    /**
     * {@return a {@code test} that {@code path} holds {@code value}; Azure DevOps uses {@code /rev} for concurrency}
     *
     * @param path  the value to compare, such as {@code /rev}
     * @param value the value it must equal, else the whole patch fails
     * @throws NullPointerException     if {@code path} or {@code value} is null
     * @throws IllegalArgumentException if {@code path} is not a JSON Pointer (RFC 6901)
     */
    public static JsonPatchOperation test(String path, JsonValue value) {
        return new JsonPatchOperation(Op.TEST, path, null, value);
    }

    /** A JSON Patch operation kind; the wire names are the lower-case constant names. */
    public enum Op {
        /** Adds a value (or appends with {@code /-}). */
        ADD,
        /** Removes a value. */
        REMOVE,
        /** Replaces a value. */
        REPLACE,
        /** Moves a value. */
        MOVE,
        /** Copies a value. */
        COPY,
        /** Fails the whole patch unless the value matches. */
        TEST,
        /** An operation this version of ado4j does not know. */
        UNKNOWN
    }
}
