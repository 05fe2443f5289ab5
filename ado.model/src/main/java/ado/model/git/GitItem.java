package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Checks;

/**
 * A file or folder at a commit; in a push change only {@code path} is set.
 *
 * @param path          the path, such as {@code /src/Main.java}
 * @param objectId      the blob or tree id, or {@code null}
 * @param gitObjectType {@code blob} or {@code tree}, or {@code null}
 * @param commitId      the commit the item was read at, or {@code null}
 * @param isFolder      whether it is a folder, or {@code null}
 * @param content       the text content ({@code includeContent=true}), or {@code null}
 * @param url           the REST URL, or {@code null}
 * @param other         members ado4j does not model; never {@code null}
 */
public record GitItem(String path, String objectId, GitObjectType gitObjectType, String commitId, Boolean isFolder,
                      String content, String url, @JsonUnmapped JsonObject other) {

    /**
     * Checks the path and the ids.
     *
     * @param path          the path, such as {@code /src/Main.java}
     * @param objectId      the blob or tree id, or {@code null}
     * @param gitObjectType {@code blob} or {@code tree}, or {@code null}
     * @param commitId      the commit the item was read at, or {@code null}
     * @param isFolder      whether it is a folder, or {@code null}
     * @param content       the text content ({@code includeContent=true}), or {@code null}
     * @param url           the REST URL, or {@code null}
     * @param other         members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException if {@code path} is blank or {@code objectId} is not a SHA-1 or {@code commitId}
     *                                  is not a SHA-1
     */
    public GitItem {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(path, "path");
        Checks.shaOrNull(objectId, "objectId");
        Checks.shaOrNull(commitId, "commitId");
    }

    /**
     * {@return an item with only {@code path}, as push changes name it}
     *
     * @param path the path in the repository
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException if {@code path} is blank
     */
    public static GitItem ofPath(String path) {
        return new GitItem(path, null, null, null, null, null, null, null);
    }

    /** {@return whether this item is a folder} */
    public boolean folder() {
        return Boolean.TRUE.equals(isFolder) || gitObjectType == GitObjectType.TREE;
    }
}
