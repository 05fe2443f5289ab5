package ado.core.internal.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces an HTML page to its visible text, for error messages. */
public final class HtmlText {

    private static final Pattern HIDDEN = Pattern.compile(
            "(?is)<!--.*?-->|<(script|style|head)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private HtmlText() {
    }

    /** {@return the text of {@code html}: no tags, scripts, styles or comments; whitespace collapsed; at most
     * {@code maxLength} characters (an ellipsis marks a cut)} */
    public static String of(String html, int maxLength) {
        String text = HIDDEN.matcher(html).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = decodeEntities(text);
        return cap(SPACE.matcher(text).replaceAll(" ").strip(), maxLength);
    }

    /** {@return {@code text} cut to {@code maxLength} characters, marked with an ellipsis when cut} */
    public static String cap(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, Math.max(0, maxLength - 1)) + "\u2026";
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        var sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        return m.appendTail(sb).toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : whole;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> whole;
        };
    }
}
