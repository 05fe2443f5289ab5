package ado.model.git;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;

/** The comment threads of a pull request ({@code .../pullrequests/{id}/threads}) and their comments. */
public final class PullRequestThreads {

    private static final String VERSION = PullRequests.API_VERSION;

    private PullRequestThreads() {
    }

    /**
     * {@return the comment threads of the pull request, oldest first}
     *
     * @param repo            the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId   the pull request id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static List<GitPullRequestCommentThread> list(ApiCall repo, int pullRequestId) {
        return threads(repo, pullRequestId).get(VERSION).asList(GitPullRequestCommentThread.class);
    }

    /**
     * {@return thread {@code threadId} of the pull request, with its comments}
     *
     * @param repo            the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId   the pull request id
     * @param threadId        the thread id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, pull request or thread
     * @throws IllegalArgumentException            if {@code pullRequestId} or {@code threadId} is not positive
     */
    public static GitPullRequestCommentThread get(ApiCall repo, int pullRequestId, int threadId) {
        return thread(repo, pullRequestId, threadId).get(VERSION).as(GitPullRequestCommentThread.class);
    }

    /**
     * {@return a new active thread on the whole pull request, opened with comment {@code content}}
     *
     * @param repo            the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId   the pull request id
     * @param content         the text of the first comment (Markdown), not blank
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws NullPointerException                if {@code content} is null
     * @throws IllegalArgumentException            if {@code content} is blank or {@code pullRequestId} is not positive
     */
    public static GitPullRequestCommentThread create(ApiCall repo, int pullRequestId, String content) {
        JsonObject comment = JsonObject.builder().put("parentCommentId", 0)
                .put("content", Checks.nonBlank(content, "content")).put("commentType", "text").build();
        JsonObject body = JsonObject.builder().put("comments", JsonArray.of(comment)).put("status", "active")
                .build();
        return threads(repo, pullRequestId).post(VERSION).body(Body.json(body))
                .as(GitPullRequestCommentThread.class);
    }

    /**
     * {@return the new thread with status {@code status} whose first comment is {@code content}, anchored to the
     * file and lines of {@code threadContext} and the iterations of {@code pullRequestThreadContext}}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param content       the first comment (Markdown), not blank
     * @param status        the thread's status, such as {@link CommentThreadStatus#ACTIVE}
     * @param context       where the thread is: the file and lines, or {@code null} for the whole pull request,
     *                      and the iterations compared, or {@code null}
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws NullPointerException                if {@code content}, {@code status} or {@code context} is null
     * @throws IllegalArgumentException            if {@code content} is blank, {@code status} is {@code UNKNOWN} or
     *                                             {@code pullRequestId} is not positive
     */
    public static GitPullRequestCommentThread create(ApiCall repo, int pullRequestId, String content,
                                                     CommentThreadStatus status, Anchor context) {
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(context, "context == null");
        if (status == CommentThreadStatus.UNKNOWN) {
            throw new IllegalArgumentException("status must not be UNKNOWN");
        }
        JsonObject comment = JsonObject.builder().put("parentCommentId", 0)
                .put("content", Checks.nonBlank(content, "content")).put("commentType", "text").build();
        var body = JsonObject.builder().put("comments", JsonArray.of(comment)).put("status", wireName(status));
        if (context.file() != null) {
            body.put("threadContext", context.file().toJson());
        }
        if (context.iterations() != null) {
            body.put("pullRequestThreadContext", context.iterations().toJson());
        }
        return threads(repo, pullRequestId).post(VERSION).body(Body.json(body.build()))
                .as(GitPullRequestCommentThread.class);
    }

    /**
     * Where a new thread is anchored.
     *
     * @param file       the file and lines, or {@code null} for the whole pull request
     * @param iterations the iterations compared, or {@code null}
     */
    public record Anchor(CommentThreadContext file, PullRequestThreadContext iterations) {

        /** A thread on the whole pull request. */
        public static final Anchor NONE = new Anchor(null, null);

        /**
         * Holds the parts; either may be {@code null}.
         *
         * @param file       the file and lines, or {@code null} for the whole pull request
         * @param iterations the iterations compared, or {@code null}
         */
        public Anchor {
        }
    }

    /**
     * {@return the new comment: the reply {@code content} to comment {@code parentCommentId}}
     *
     * @param repo            the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId   the pull request id
     * @param threadId        the thread id
     * @param parentCommentId the comment answered; 0 for a comment on the thread itself
     * @param content         the text (Markdown), not blank
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, pull request or thread
     * @throws NullPointerException                if {@code content} is null
     * @throws IllegalArgumentException            if {@code content} is blank, {@code parentCommentId} is negative or
     *                                             another id is not positive
     */
    public static Comment reply(ApiCall repo, int pullRequestId, int threadId, int parentCommentId, String content) {
        JsonObject body = JsonObject.builder().put("content", Checks.nonBlank(content, "content"))
                .put("parentCommentId", Checks.nonNegative(parentCommentId, "parentCommentId"))
                .put("commentType", "text").build();
        return thread(repo, pullRequestId, threadId).path("comments").post(VERSION).body(Body.json(body))
                .as(Comment.class);
    }

    /**
     * {@return the comments of thread {@code threadId}}
     *
     * @param repo            the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId   the pull request id
     * @param threadId        the thread id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, pull request or thread
     * @throws IllegalArgumentException            if {@code pullRequestId} or {@code threadId} is not positive
     */
    public static List<Comment> comments(ApiCall repo, int pullRequestId, int threadId) {
        return thread(repo, pullRequestId, threadId).path("comments").get(VERSION).asList(Comment.class);
    }

    /**
     * {@return the thread after setting its status (resolve with {@code FIXED}, reopen with {@code ACTIVE})}
     *
     * @param repo            the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId   the pull request id
     * @param threadId        the thread id
     * @param status          the new status, sent in lower camel case ({@code wontFix})
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, pull request or thread
     * @throws NullPointerException                if {@code status} is null
     * @throws IllegalArgumentException            if {@code status} is {@code UNKNOWN} or an id is not positive
     */
    public static GitPullRequestCommentThread setStatus(ApiCall repo, int pullRequestId, int threadId,
                                                        CommentThreadStatus status) {
        Objects.requireNonNull(status, "status == null");
        if (status == CommentThreadStatus.UNKNOWN) {
            throw new IllegalArgumentException("status must not be UNKNOWN");
        }
        return thread(repo, pullRequestId, threadId).patch(VERSION)
                .body(Body.json(JsonObject.builder().put("status", wireName(status)).build()))
                .as(GitPullRequestCommentThread.class);
    }

    /** {@return ADO's name of {@code status}: the constant in lower camel case} */
    static String wireName(CommentThreadStatus status) {
        String[] words = status.name().toLowerCase(java.util.Locale.ROOT).split("_");
        var name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static ApiCall threads(ApiCall repo, int pullRequestId) {
        return PullRequests.scope(repo, pullRequestId).path("threads");
    }

    private static ApiCall thread(ApiCall repo, int pullRequestId, int threadId) {
        return threads(repo, pullRequestId).path(Integer.toString(Copies.positive(threadId, "threadId")));
    }
}
