package ado.model.wit;

import ado.core.ApiCall;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tags: the project's tag list ({@code _apis/wit/tags}) and the {@code System.Tags} field of a work item, which
 * holds them separated by {@code "; "}. Azure DevOps compares tags ignoring case and keeps the first casing.
 */
public final class WorkItemTags {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private WorkItemTags() {
    }

    /**
     * {@return the tags used in the project}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @throws ado.core.error.AdoNotFoundException if there is no such project
     */
    public static List<WorkItemTagDefinition> list(ApiCall project) {
        return project.apis("wit", "tags").get(API_VERSION).asList(WorkItemTagDefinition.class);
    }

    /**
     * {@return the tags of a {@code System.Tags} value: split on {@code ;}, trimmed, blanks and repeats (ignoring
     * case) dropped}
     *
     * @param value the field value, or {@code null} (no tags)
     */
    public static List<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        var out = new ArrayList<String>();
        for (String piece : value.split(";")) {
            String t = piece.strip();
            if (!t.isEmpty() && !containsIgnoreCase(out, t)) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return the {@code System.Tags} value of {@code tags}: trimmed, de-duplicated ignoring case, "; "-joined}
     *
     * @param tags the tags
     * @throws NullPointerException     if {@code tags} is null or contains null
     * @throws IllegalArgumentException if a tag contains {@code ;}
     */
    public static String join(Collection<String> tags) {
        Objects.requireNonNull(tags, "tags == null");
        var out = new ArrayList<String>();
        for (String t : tags) {
            String s = Objects.requireNonNull(t, "tag == null").strip();
            if (s.contains(";")) {
                throw new IllegalArgumentException("a tag must not contain ';': '" + t + "'");
            }
            if (!s.isEmpty() && !containsIgnoreCase(out, s)) {
                out.add(s);
            }
        }
        return String.join("; ", out);
    }

    /**
     * {@return whether {@code tags} holds {@code tag}, ignoring case and surrounding spaces of {@code tag}}
     *
     * @param tags the tags to search
     * @param tag  the tag to look for
     * @throws NullPointerException if an argument is null or {@code tags} contains null
     */
    public static boolean containsIgnoreCase(Collection<String> tags, String tag) {
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        return tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(lower));
    }
}
