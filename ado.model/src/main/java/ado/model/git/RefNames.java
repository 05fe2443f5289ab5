package ado.model.git;

import ado.model.internal.Checks;
import java.util.regex.Pattern;

/**
 * Branch and tag names, short ({@code feature/x}) or full ({@code refs/heads/feature/x}). Conversions are exact:
 * a name is never matched by prefix.
 */
public final class RefNames {

    /** The prefix of branch refs. */
    public static final String HEADS = "refs/heads/";
    /** The prefix of tag refs. */
    public static final String TAGS = "refs/tags/";

    private static final Pattern ANY_SHA = Pattern.compile("[0-9a-fA-F]{40}");

    private RefNames() {
    }

    /**
     * {@return the full name of branch {@code name}}: {@code main} and {@code refs/heads/main} both give
     * {@code refs/heads/main}; any other {@code refs/...} name is kept as it is
     *
     * @param name the branch name, short or full
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or the result is not a well-formed ref name
     */
    public static String branch(String name) {
        Checks.nonBlank(name, "branch");
        return Checks.refName(name.startsWith("refs/") ? name : HEADS + name, "branch");
    }

    /**
     * {@return the full name of tag {@code name}} ({@code v1} or {@code refs/tags/v1} give {@code refs/tags/v1})
     *
     * @param name the tag name, short or full
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or the result is not a well-formed ref name
     */
    public static String tag(String name) {
        Checks.nonBlank(name, "tag");
        return Checks.refName(name.startsWith("refs/") ? name : TAGS + name, "tag");
    }

    /**
     * {@return {@code name} without {@code refs/heads/} or {@code refs/tags/}; other names unchanged}
     *
     * @param name a ref name
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static String shortName(String name) {
        Checks.nonBlank(name, "name");
        if (name.startsWith(HEADS)) {
            return name.substring(HEADS.length());
        }
        return name.startsWith(TAGS) ? name.substring(TAGS.length()) : name;
    }

    /**
     * {@return whether {@code name} is a full branch name ({@code refs/heads/...})}
     *
     * @param name a ref name, or {@code null} (not a branch)
     */
    public static boolean isBranch(String name) {
        return name != null && name.startsWith(HEADS) && name.length() > HEADS.length();
    }

    /**
     * {@return whether {@code name} is a full tag name ({@code refs/tags/...})}
     *
     * @param name a ref name, or {@code null} (not a tag)
     */
    public static boolean isTag(String name) {
        return name != null && name.startsWith(TAGS) && name.length() > TAGS.length();
    }

    /**
     * {@return whether {@code value} looks like a full commit id (40 hex digits, any case)}
     *
     * @param value the text to test, or {@code null} (not a commit id)
     */
    public static boolean isSha(String value) {
        return value != null && ANY_SHA.matcher(value).matches();
    }
}
