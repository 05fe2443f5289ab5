package ado.model.wit;

/**
 * The version of the work item comment that a revision added, sent with work items that have comments.
 *
 * @param commentId         the comment id, or {@code null}
 * @param version           the comment version, or {@code null}
 * @param createdInRevision the work item revision that created the comment, or {@code null}
 * @param isDeleted         whether the comment is deleted, or {@code null}
 * @param text              the comment text, or {@code null}
 * @param url               the comment's REST URL, or {@code null}
 */
public record WorkItemCommentVersionRef(
        Integer commentId,
        Integer version,
        Integer createdInRevision,
        Boolean isDeleted,
        String text,
        String url) {
}
