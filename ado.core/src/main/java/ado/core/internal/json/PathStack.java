package ado.core.internal.json;

import ado.core.json.JsonNames;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The open containers of a {@link JsonReader}, innermost last: for each, whether it is an object, how many members
 * or elements it has started, and the current member name. Renders the JSON path ({@code $.value[3].fields}) only
 * when an error needs it, so tracking costs a few int stores per value.
 */
final class PathStack {

    private final int maxDepth;
    private int depth; // 0: at the top level, outside any container
    private boolean[] object = new boolean[16];
    private int[] count = new int[16];
    private int[] nameOffset = new int[16];
    private int[] nameLength = new int[16];
    private String[] nameText = new String[16]; // set when the name had escapes (not a slice of the input)

    PathStack(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    int depth() {
        return depth;
    }

    boolean full() {
        return depth >= maxDepth;
    }

    int maxDepth() {
        return maxDepth;
    }

    void push(boolean isObject) {
        int d = ++depth;
        if (d == object.length) {
            int size = Math.min(maxDepth + 1, d * 2);
            object = Arrays.copyOf(object, size);
            count = Arrays.copyOf(count, size);
            nameOffset = Arrays.copyOf(nameOffset, size);
            nameLength = Arrays.copyOf(nameLength, size);
            nameText = Arrays.copyOf(nameText, size);
        }
        object[d] = isObject;
        count[d] = 0;
    }

    void pop() {
        nameText[depth] = null;
        depth--;
    }

    boolean inObject() {
        return object[depth];
    }

    /** {@return the number of members or elements started in the innermost container} */
    int count() {
        return count[depth];
    }

    /** Starts the next array element. */
    void nextElement(int n) {
        count[depth] = n + 1;
    }

    /** Starts the next member, whose name is {@code input[offset, offset + length)} or, if escaped, {@code text}. */
    void nextMember(int n, int offset, int length, String text) {
        int d = depth;
        count[d] = n + 1;
        nameOffset[d] = offset;
        nameLength[d] = length;
        nameText[d] = text;
    }

    /** {@return the current member name, as read from {@code input}} */
    String name(byte[] input) {
        String text = nameText[depth];
        return text != null ? text : new String(input, nameOffset[depth], nameLength[depth], StandardCharsets.UTF_8);
    }

    /** {@return the JSON path of the current value, such as {@code $.value[3]['System.Title']}} */
    String render(byte[] input) {
        var sb = new StringBuilder("$");
        for (int d = 1; d <= depth; d++) {
            if (count[d] == 0) {
                break;
            }
            if (object[d]) {
                String name = nameText[d] != null ? nameText[d]
                        : new String(input, nameOffset[d], nameLength[d], StandardCharsets.UTF_8);
                JsonNames.appendPathMember(sb, name);
            } else {
                sb.append('[').append(count[d] - 1).append(']');
            }
        }
        return sb.toString();
    }
}
