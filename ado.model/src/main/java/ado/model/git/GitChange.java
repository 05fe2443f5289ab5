package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import java.util.Objects;

/**
 * A change to one item: in a push (what to do) or in a diff or commit (what was done).
 *
 * @param changeType       the kind of change
 * @param item             the item (for a rename, its new path)
 * @param sourceServerItem the old path of a rename, or {@code null}
 * @param newContent       the new content of an add or edit in a push, or {@code null}
 * @param originalPath     the path before a rename, in diffs, or {@code null}
 * @param other            members ado4j does not model; never {@code null}
 */
public record GitChange(VersionControlChangeType changeType, GitItem item, String sourceServerItem,
                        ItemContent newContent, String originalPath, @JsonUnmapped JsonObject other) {

    /**
     * Checks that {@code changeType} and {@code item} are present.
     *
     * @param changeType       the kind of change
     * @param item             the item (for a rename, its new path)
     * @param sourceServerItem the old path of a rename, or {@code null}
     * @param newContent       the new content of an add or edit in a push, or {@code null}
     * @param originalPath     the path before a rename, in diffs, or {@code null}
     * @param other            members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code changeType} or {@code item} is null
     */
    public GitChange {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(changeType, "changeType == null");
        Objects.requireNonNull(item, "item == null");
    }

    /**
     * {@return a change that adds file {@code path} with {@code content}}
     *
     * @param path    the file path in the repository, such as {@code /src/App.java}
     * @param content the file content
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code path} is blank
     */
    public static GitChange add(String path, ItemContent content) {
        return new GitChange(VersionControlChangeType.ADD, GitItem.ofPath(path), null,
                Objects.requireNonNull(content, "content == null"), null, null);
    }

    /**
     * {@return a change that replaces the content of file {@code path}}
     *
     * @param path    the file path in the repository
     * @param content the new file content
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code path} is blank
     */
    public static GitChange edit(String path, ItemContent content) {
        return new GitChange(VersionControlChangeType.EDIT, GitItem.ofPath(path), null,
                Objects.requireNonNull(content, "content == null"), null, null);
    }

    /**
     * {@return a change that deletes file {@code path}}
     *
     * @param path the file path in the repository
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException if {@code path} is blank
     */
    public static GitChange delete(String path) {
        return new GitChange(VersionControlChangeType.DELETE, GitItem.ofPath(path), null, null, null, null);
    }

    /**
     * {@return a change that moves file {@code from} to {@code to}}
     *
     * @param from the current path ({@code sourceServerItem})
     * @param to   the new path
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a path is blank
     */
    public static GitChange rename(String from, String to) {
        ado.model.internal.Checks.nonBlank(from, "from");
        return new GitChange(VersionControlChangeType.RENAME, GitItem.ofPath(to), from, null, null, null);
    }
}
