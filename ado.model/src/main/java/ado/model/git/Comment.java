package ado.model.git;

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
 */
public record Comment(int id, int parentCommentId, IdentityRef author, String content, Instant publishedDate,
                      Instant lastUpdatedDate, CommentType commentType) {

    /** Checks the ids. */
    public Comment {
        ado.model.internal.Copies.positive(id, "id");
        ado.model.internal.Checks.nonNegative(parentCommentId, "parentCommentId");
    }
}
