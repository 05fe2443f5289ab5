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

    /**
     * {@return the new comment {@code text} (Markdown or HTML) on work item {@code workItemId}}
     *
     * @param project    the project scope, {@code client.api().project(p)}
     * @param workItemId the work item id
     * @param text       the comment
     * @param format     how {@code text} is written, {@code MARKDOWN} or {@code HTML}
     * @throws ado.core.error.AdoNotFoundException if there is no such project or work item
     * @throws NullPointerException                if {@code text} or {@code format} is null
     * @throws IllegalArgumentException            if {@code text} is blank, {@code format} is {@code UNKNOWN} or
     *                                             {@code workItemId} is not positive
     */
    public static WorkItemComment add(ApiCall project, int workItemId, String text, WorkItemCommentFormat format) {
        Checks.nonBlank(text, "text");
        return comments(project, workItemId).query("format", format(format)).post(API_VERSION)
                .body(Body.json(Map.of("text", text))).as(WorkItemComment.class);
    }

    /**
     * {@return comment {@code commentId} of work item {@code workItemId}}
     *
     * @param project    the project scope, {@code client.api().project(p)}
     * @param workItemId the work item id
     * @param commentId  the comment id
     * @throws ado.core.error.AdoNotFoundException if there is no such project, work item or comment
     * @throws IllegalArgumentException            if an id is not positive
     */
    public static WorkItemComment get(ApiCall project, int workItemId, int commentId) {
        return comments(project, workItemId).path(Integer.toString(Copies.positive(commentId, "commentId")))
                .get(API_VERSION).as(WorkItemComment.class);
    }

    /**
     * {@return the comments of work item {@code workItemId}, oldest first, fetched lazily by continuation token}
     *
     * @param project    the project scope, {@code client.api().project(p)}
     * @param workItemId the work item id
     * @throws ado.core.error.AdoNotFoundException from the stream, if there is no such project or work item
     * @throws IllegalArgumentException            if {@code workItemId} is not positive
     */
    public static Stream<WorkItemComment> list(ApiCall project, int workItemId) {
        return comments(project, workItemId).get(API_VERSION).stream(Paging.continuationBody(
                JsonType.of(WorkItemCommentList.class), WorkItemCommentList::comments,
                WorkItemCommentList::continuationToken));
    }

    /**
     * {@return one page of at most {@code top} comments, after {@code continuationToken}}
     *
     * @param project           the project scope, {@code client.api().project(p)}
     * @param workItemId        the work item id
     * @param top               the most comments to return ({@code $top})
     * @param continuationToken the {@link WorkItemCommentList#continuationToken()} of the previous page, or
     *                          {@code null} for the first
     * @throws ado.core.error.AdoNotFoundException if there is no such project or work item
     * @throws IllegalArgumentException            if {@code workItemId} or {@code top} is not positive
     */
    public static WorkItemCommentList page(ApiCall project, int workItemId, int top, String continuationToken) {
        return comments(project, workItemId).query("$top", Copies.positive(top, "top"))
                .query("continuationToken", continuationToken).get(API_VERSION).as(WorkItemCommentList.class);
    }

    /**
     * {@return comment {@code commentId} with its new {@code text}}
     *
     * @param project    the project scope, {@code client.api().project(p)}
     * @param workItemId the work item id
     * @param commentId  the comment id
     * @param text       the new text
     * @param format     how {@code text} is written, {@code MARKDOWN} or {@code HTML}
     * @throws ado.core.error.AdoNotFoundException if there is no such project, work item or comment
     * @throws NullPointerException                if {@code text} or {@code format} is null
     * @throws IllegalArgumentException            if {@code text} is blank, {@code format} is {@code UNKNOWN} or an id
     *                                             is not positive
     */
    public static WorkItemComment update(ApiCall project, int workItemId, int commentId, String text,
                                         WorkItemCommentFormat format) {
        Checks.nonBlank(text, "text");
        return comments(project, workItemId).path(Integer.toString(Copies.positive(commentId, "commentId")))
                .query("format", format(format)).patch(API_VERSION).body(Body.json(Map.of("text", text)))
                .as(WorkItemComment.class);
    }

    /**
     * Deletes comment {@code commentId}.
     *
     * @param project    the project scope, {@code client.api().project(p)}
     * @param workItemId the work item id
     * @param commentId  the comment id
     * @throws ado.core.error.AdoNotFoundException if there is no such project, work item or comment
     * @throws IllegalArgumentException            if an id is not positive
     */
    public static void delete(ApiCall project, int workItemId, int commentId) {
        comments(project, workItemId).path(Integer.toString(Copies.positive(commentId, "commentId")))
                .delete(API_VERSION).send();
    }
}
