package ado.oop;

/**
 * Helpers for the objects' {@code toString()}: short, one line, from what is loaded (never a request), and never a
 * secret: only names, ids, titles and states go in, never variable values, endpoint authorization or file content.
 */
final class Describe {

    /** The longest free text (a title, a commit message) shown before it is cut with {@code ...}. */
    static final int MAX_TEXT = 60;

    private Describe() {
    }

    /** {@return {@code text} quoted, on one line, cut after {@value #MAX_TEXT} characters; "" for null} */
    static String quote(String text) {
        if (text == null) {
            return "\"\"";
        }
        String line = text.strip();
        int eol = line.indexOf('\n');
        if (eol >= 0) {
            line = line.substring(0, eol).strip() + " ...";
        }
        if (line.length() > MAX_TEXT) {
            line = line.substring(0, MAX_TEXT) + "...";
        }
        var sb = new StringBuilder(line.length() + 2).append('"');
        line.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return sb.append('"').toString();
    }

    /** {@return a timeline node as {@code Kind["name" state result attempt=n]}: no log, no variables} */
    static String step(String kind, BuildStep step, String more) {
        return kind + "[" + quote(step.name()) + field("state", step.state()) + field("result",
                step.result().orElse(null)) + (step.attempt() > 1 ? " attempt=" + step.attempt() : "") + more + "]";
    }

    /** {@return a file change as {@code Kind[path, n characters of type]}: the content itself is never shown} */
    static String change(String kind, String path, ado.model.git.ItemContent content) {
        return kind + "[" + path + ", " + content.content().length() + " characters of " + content.contentType()
                + "]";
    }

    /** {@return {@code " name=value"} when {@code value} is not null, else ""} */
    static String field(String name, Object value) {
        return value == null ? "" : " " + name + "=" + value;
    }
}
