package ado.model.wit;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.core.json.JsonType;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The discussion of a work item ({@code .../workItems/{id}/comments}, api-version {@value #API_VERSION});
 * {@code project} is a project scope. Lists page by the {@code continuationToken} in the body.
 */
public final class WorkItemComments {

    /** The api-version of these operations (preview in 7.1). */
    public static final String API_VERSION = "7.1-preview.4";

    private WorkItemComments() {
    }

    private static ApiCall comments(ApiCall project, int workItemId) {
        return project.apis("wit", "workItems", Integer.toString(Copies.positive(workItemId, "workItemId")),
                "comments");
    }

    private static String format(WorkItemCommentFormat format) {
        Objects.requireNonNull(format, "format == null");
        if (format == WorkItemCommentFormat.UNKNOWN) {
            throw new IllegalArgumentException("format UNKNOWN cannot be sent");
        }
        return format.name().toLowerCase(Locale.ROOT);
    }

    /** {@return the new comment {@code text} (Markdown or HTML) on work item {@code workItemId}} */
    public static WorkItemComment add(ApiCall project, int workItemId, String text, WorkItemCommentFormat format) {
        Checks.nonBlank(text, "text");
        return comments(project, workItemId).query("format", format(format)).post(API_VERSION)
                .body(Body.json(Map.of("text", text))).as(WorkItemComment.class);
    }

    /** {@return comment {@code commentId}} */
    public static WorkItemComment get(ApiCall project, int workItemId, int commentId) {
        return comments(project, workItemId).path(Integer.toString(Copies.positive(commentId, "commentId")))
                .get(API_VERSION).as(WorkItemComment.class);
    }

    /** {@return the comments, oldest first, fetched lazily by continuation token} */
    public static Stream<WorkItemComment> list(ApiCall project, int workItemId) {
        return comments(project, workItemId).get(API_VERSION).stream(Paging.continuationBody(
                JsonType.of(WorkItemCommentList.class), WorkItemCommentList::comments,
                WorkItemCommentList::continuationToken));
    }

    /** {@return one page of at most {@code top} comments, after {@code continuationToken} (null for the first)} */
    public static WorkItemCommentList page(ApiCall project, int workItemId, int top, String continuationToken) {
        return comments(project, workItemId).query("$top", Copies.positive(top, "top"))
                .query("continuationToken", continuationToken).get(API_VERSION).as(WorkItemCommentList.class);
    }

    /** {@return comment {@code commentId} with its new {@code text}} */
    public static WorkItemComment update(ApiCall project, int workItemId, int commentId, String text,
                                         WorkItemCommentFormat format) {
        Checks.nonBlank(text, "text");
        return comments(project, workItemId).path(Integer.toString(Copies.positive(commentId, "commentId")))
                .query("format", format(format)).patch(API_VERSION).body(Body.json(Map.of("text", text)))
                .as(WorkItemComment.class);
    }

    /** Deletes comment {@code commentId}. */
    public static void delete(ApiCall project, int workItemId, int commentId) {
        comments(project, workItemId).path(Integer.toString(Copies.positive(commentId, "commentId")))
                .delete(API_VERSION).send();
    }
}
