package ado.model.wit;

import ado.model.IdentityRef;
import java.time.Instant;

/**
 * A comment of a work item's discussion.
 *
 * @param workItemId   the work item id
 * @param commentId    the comment id
 * @param version      the comment's version (1, then one more per edit)
 * @param text         the text as written
 * @param renderedText the text rendered as HTML, or {@code null} when not asked for
 * @param format       the text's format, or {@code null} when not sent
 * @param createdBy    the author, or {@code null}
 * @param createdDate  when it was written, or {@code null}
 * @param modifiedBy   who last changed it, or {@code null}
 * @param modifiedDate when it last changed, or {@code null}
 * @param isDeleted    whether it is deleted, or {@code null}
 * @param url          the REST URL, or {@code null}
 */
public record WorkItemComment(int workItemId, int commentId, int version, String text, String renderedText,
                              WorkItemCommentFormat format, IdentityRef createdBy, Instant createdDate,
                              IdentityRef modifiedBy, Instant modifiedDate, Boolean isDeleted, String url) {
}
