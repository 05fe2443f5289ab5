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

    /** {@return the threads, oldest first} */
    public static List<GitPullRequestCommentThread> list(ApiCall repo, int pullRequestId) {
        return threads(repo, pullRequestId).get(VERSION).asList(GitPullRequestCommentThread.class);
    }

    /** {@return thread {@code threadId}} */
    public static GitPullRequestCommentThread get(ApiCall repo, int pullRequestId, int threadId) {
        return thread(repo, pullRequestId, threadId).get(VERSION).as(GitPullRequestCommentThread.class);
    }

    /** {@return a new active thread on the whole pull request, opened with comment {@code content}} */
    public static GitPullRequestCommentThread create(ApiCall repo, int pullRequestId, String content) {
        JsonObject comment = JsonObject.builder().put("parentCommentId", 0)
                .put("content", Checks.nonBlank(content, "content")).put("commentType", "text").build();
        JsonObject body = JsonObject.builder().put("comments", JsonArray.of(comment)).put("status", "active")
                .build();
        return threads(repo, pullRequestId).post(VERSION).body(Body.json(body))
                .as(GitPullRequestCommentThread.class);
    }

    /** {@return the reply {@code content} to comment {@code parentCommentId} (0: to the thread)} */
    public static Comment reply(ApiCall repo, int pullRequestId, int threadId, int parentCommentId, String content) {
        JsonObject body = JsonObject.builder().put("content", Checks.nonBlank(content, "content"))
                .put("parentCommentId", Checks.nonNegative(parentCommentId, "parentCommentId"))
                .put("commentType", "text").build();
        return thread(repo, pullRequestId, threadId).path("comments").post(VERSION).body(Body.json(body))
                .as(Comment.class);
    }

    /** {@return the comments of thread {@code threadId}} */
    public static List<Comment> comments(ApiCall repo, int pullRequestId, int threadId) {
        return thread(repo, pullRequestId, threadId).path("comments").get(VERSION).asList(Comment.class);
    }

    /** {@return the thread after setting its status (resolve with {@code FIXED}, reopen with {@code ACTIVE})} */
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
