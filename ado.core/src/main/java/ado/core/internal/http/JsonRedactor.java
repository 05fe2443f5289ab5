package ado.core.internal.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Masks secret values in JSON text for the HTTP log; tolerant of text cut off anywhere (a truncated body) and of
 * text that is not JSON at all (left as it is). The rule:
 * <ul>
 *   <li>a member whose name is secret by {@link UrlRules#isSecretName} ({@code password}, {@code token},
 *       {@code accessToken}, {@code privateKey}, {@code clientSecret}, {@code authorization}, ...), except
 *       {@code typeKey} and {@code continuationToken}, has its value shown as {@code "***"} when it is a string,
 *       number, object or array ({@code true}, {@code false} and {@code null} stay visible);
 *   <li>a member named {@code value} holding a string or number is masked when its object has
 *       {@code "isSecret": true} (secret variables of variable groups, build definitions and pipeline runs), or when
 *       the text is cut off before that object ends, since the flag might have followed.
 * </ul>
 */
final class JsonRedactor {

    private static final String MASK = "\"" + Redaction.MASK + "\"";

    private final String text;
    private final List<int[]> masked = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int i;

    private JsonRedactor(String text) {
        this.text = text;
    }

    /** {@return {@code json} with the values of secret members masked} */
    static String redact(String json) {
        return new JsonRedactor(json).run();
    }

    /** {@return whether a member called {@code name} holds a secret} */
    static boolean isSecretKey(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.equals("typekey") && UrlRules.isSecretName(name);
    }

    /** One open object or array. */
    private static final class Frame {
        final boolean object;
        boolean expectKey;
        String key;
        boolean secretFlag;
        final List<int[]> values = new ArrayList<>();

        Frame(boolean object) {
            this.object = object;
            this.expectKey = object;
        }
    }

    private String run() {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ':') {
                i++;
                continue;
            }
            Frame frame = frames.peek();
            if (c == ',') {
                if (frame != null && frame.object) {
                    frame.expectKey = true;
                    frame.key = null;
                }
                i++;
            } else if (c == '}' || c == ']') {
                Frame closed = frames.poll();
                if (closed != null && closed.secretFlag) {
                    masked.addAll(closed.values);
                }
                i++;
            } else if (frame != null && frame.object && frame.expectKey) {
                if (c != '"') {
                    return text; // not JSON: leave it to redaction by value
                }
                int end = skipString(i);
                frame.key = text.substring(i + 1, Math.max(i + 1, end - 1));
                frame.expectKey = false;
                i = end;
            } else {
                value(frame, c);
            }
        }
        for (Frame open : frames) {
            if (open.object) {
                masked.addAll(open.values); // cut off before its end: an "isSecret": true may have followed
            }
        }
        return apply();
    }

    private void value(Frame frame, char c) {
        String key = frame != null && frame.object ? frame.key : null;
        boolean literal = c == 't' || c == 'f' || c == 'n';
        if (key != null && !literal && isSecretKey(key)) {
            int end = skipValue(i);
            masked.add(new int[] {i, end});
            i = end;
            return;
        }
        if (c == '{' || c == '[') {
            frames.push(new Frame(c == '{'));
            i++;
            return;
        }
        int end = c == '"' ? skipString(i) : skipScalar(i);
        if (key != null && key.equals("value") && !literal) {
            frame.values.add(new int[] {i, end});
        }
        if (key != null && key.equalsIgnoreCase("isSecret") && text.startsWith("true", i)) {
            frame.secretFlag = true;
        }
        if (end == i) {
            end++; // a stray character: step over it
        }
        i = end;
    }

    /** {@return the index after the value at {@code start}, or the end of the text} */
    private int skipValue(int start) {
        char c = text.charAt(start);
        if (c == '"') {
            return skipString(start);
        }
        if (c != '{' && c != '[') {
            return Math.max(skipScalar(start), start + 1);
        }
        int depth = 0;
        int j = start;
        while (j < text.length()) {
            char d = text.charAt(j);
            if (d == '"') {
                j = skipString(j);
                continue;
            }
            if (d == '{' || d == '[') {
                depth++;
            } else if (d == '}' || d == ']') {
                depth--;
                if (depth == 0) {
                    return j + 1;
                }
            }
            j++;
        }
        return j;
    }

    private int skipString(int start) {
        int j = start + 1;
        while (j < text.length()) {
            char d = text.charAt(j);
            if (d == '\\') {
                j += 2;
            } else if (d == '"') {
                return j + 1;
            } else {
                j++;
            }
        }
        return text.length();
    }

    private int skipScalar(int start) {
        int j = start;
        while (j < text.length() && ",}] \t\r\n:".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        return j;
    }

    private String apply() {
        if (masked.isEmpty()) {
            return text;
        }
        masked.sort((a, b) -> Integer.compare(a[0], b[0]));
        var sb = new StringBuilder(text.length());
        int at = 0;
        for (int[] span : masked) {
            if (span[0] < at) {
                continue; // inside a span already masked
            }
            sb.append(text, at, span[0]).append(MASK);
            at = Math.min(span[1], text.length());
        }
        return sb.append(text, at, text.length()).toString();
    }
}
