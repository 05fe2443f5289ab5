package ado.model.wit;

import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import java.time.Instant;

/**
 * A comment of a work item's discussion.
 *
 * @param workItemId   the work item id
 * @param id           the comment id, as the 7.1 spec and the service name it, or {@code null} when the answer
 *                     names it {@code commentId} (as Microsoft's example does; kept in {@code other}): read it
 *                     with {@link #commentId()}
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
 * @param other        members ado4j does not model; never {@code null}
 */
public record WorkItemComment(int workItemId, Integer id, int version, String text, String renderedText,
                              WorkItemCommentFormat format, IdentityRef createdBy, Instant createdDate,
                              IdentityRef modifiedBy, Instant modifiedDate, Boolean isDeleted, String url,
                              @JsonUnmapped JsonObject other) {

    /**
     * Defaults {@code other} to empty.
     *
     * @param workItemId   the work item id
     * @param id           the comment id, as the 7.1 spec and the service name it, or {@code null} when the answer
     *                     names it {@code commentId} (as Microsoft's example does; kept in {@code other}): read it
     *                     with {@link #commentId()}
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
     * @param other        members ado4j does not model; never {@code null}
     */
    public WorkItemComment {
        other = other == null ? JsonObject.EMPTY : other;
    }

    /** {@return the comment id: {@link #id()}, else a {@code commentId} member; 0 when the answer has neither} */
    public int commentId() {
        if (id != null) {
            return id;
        }
        return other.get("commentId") instanceof JsonNumber n && n.isLong() ? n.intValue() : 0;
    }
}
