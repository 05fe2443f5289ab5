package ado.model.wit;

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
 */
public record WorkItemCommentList(int totalCount, int count, List<WorkItemComment> comments, String continuationToken,
                                  String nextPage) {

    /** Copies the comments. */
    public WorkItemCommentList {
        comments = Copies.list(comments, "comments");
    }
}
