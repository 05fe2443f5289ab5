package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import java.time.Instant;

/**
 * A comment of a pull-request thread.
 *
 * @param id              the comment id within its thread, positive
 * @param parentCommentId the comment it replies to, 0 for none
 * @param author          the author, or {@code null}
 * @param content         the text (Markdown), or {@code null}
 * @param publishedDate   when it was posted, or {@code null}
 * @param lastUpdatedDate when it last changed, or {@code null}
 * @param commentType     the kind of comment, or {@code null}
 * @param other           members ado4j does not model; never {@code null}
 */
public record Comment(int id, int parentCommentId, IdentityRef author, String content, Instant publishedDate,
                      Instant lastUpdatedDate, CommentType commentType, @JsonUnmapped JsonObject other) {

    /**
     * Checks the ids.
     *
     * @param id              the comment id within its thread, positive
     * @param parentCommentId the comment it replies to, 0 for none
     * @param author          the author, or {@code null}
     * @param content         the text (Markdown), or {@code null}
     * @param publishedDate   when it was posted, or {@code null}
     * @param lastUpdatedDate when it last changed, or {@code null}
     * @param commentType     the kind of comment, or {@code null}
     * @param other           members ado4j does not model; never {@code null}
     * @throws IllegalArgumentException if {@code id} is not positive or {@code parentCommentId} is negative
     */
    public Comment {
        other = other == null ? JsonObject.EMPTY : other;
        ado.model.internal.Copies.positive(id, "id");
        ado.model.internal.Checks.nonNegative(parentCommentId, "parentCommentId");
    }
}
