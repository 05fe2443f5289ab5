package ado.model.git;

import ado.model.internal.Checks;
import java.util.Objects;

/**
 * An annotated tag; to create one, only {@code name}, {@code taggedObject} and {@code message} are sent.
 *
 * @param name         the short tag name, such as {@code v1.1}
 * @param objectId     the tag object's id, or {@code null} in a request
 * @param taggedObject the tagged object
 * @param taggedBy     the tagger, or {@code null}
 * @param message      the message
 * @param url          the REST URL, or {@code null}
 */
public record GitAnnotatedTag(String name, String objectId, GitObjectRef taggedObject, GitUserDate taggedBy,
                              String message, String url) {

    /**
     * Checks the name, ids and message.
     *
     * @param name         the short tag name, such as {@code v1.1}
     * @param objectId     the tag object's id, or {@code null} in a request
     * @param taggedObject the tagged object
     * @param taggedBy     the tagger, or {@code null}
     * @param message      the message
     * @param url          the REST URL, or {@code null}
     * @throws NullPointerException     if {@code name}, {@code taggedObject} or {@code message} is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code objectId} is not a SHA-1
     */
    public GitAnnotatedTag {
        Checks.nonBlank(name, "name");
        Checks.shaOrNull(objectId, "objectId");
        Objects.requireNonNull(taggedObject, "taggedObject == null");
        Objects.requireNonNull(message, "message == null");
    }

    /**
     * {@return a request to tag commit {@code commitId} as {@code name} with {@code message}}
     *
     * @param name     the tag name, short ({@code v1}) or full ({@code refs/tags/v1})
     * @param commitId the commit to tag (40 lowercase hex digits)
     * @param message  the tag message
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code name} is not a well-formed tag name or {@code commitId} is not a SHA-1
     */
    public static GitAnnotatedTag of(String name, String commitId, String message) {
        return new GitAnnotatedTag(RefNames.shortName(RefNames.tag(name)), null,
                new GitObjectRef(commitId, null), null, message, null);
    }
}
