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

    /** Checks the name, ids and message. */
    public GitAnnotatedTag {
        Checks.nonBlank(name, "name");
        Checks.shaOrNull(objectId, "objectId");
        Objects.requireNonNull(taggedObject, "taggedObject == null");
        Objects.requireNonNull(message, "message == null");
    }

    /** {@return a request to tag commit {@code commitId} as {@code name} (short or full) with {@code message}} */
    public static GitAnnotatedTag of(String name, String commitId, String message) {
        return new GitAnnotatedTag(RefNames.shortName(RefNames.tag(name)), null,
                new GitObjectRef(commitId, null), null, message, null);
    }
}
