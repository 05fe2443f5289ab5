package ado.model.wit;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.List;

/**
 * One page of a work item's comments.
 *
 * @param totalCount        the number of comments in all pages, or 0 when not sent
 * @param count             the number in this page
 * @param comments          the comments of this page
 * @param continuationToken the token of the next page, or {@code null} on the last page
 * @param nextPage          the URL of the next page, or {@code null}
 * @param other             members ado4j does not model; never {@code null}
 */
public record WorkItemCommentList(int totalCount, int count, List<WorkItemComment> comments, String continuationToken,
                                  String nextPage, @JsonUnmapped JsonObject other) {

    /**
     * Copies the comments.
     *
     * @param totalCount        the number of comments in all pages, or 0 when not sent
     * @param count             the number in this page
     * @param comments          the comments of this page
     * @param continuationToken the token of the next page, or {@code null} on the last page
     * @param nextPage          the URL of the next page, or {@code null}
     * @param other             members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code comments} contains null
     */
    public WorkItemCommentList {
        other = other == null ? JsonObject.EMPTY : other;
        comments = Copies.list(comments, "comments");
    }
}
