package ado.model.git;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A comment thread of a pull request.
 *
 * @param id                       the thread id, positive
 * @param publishedDate            when it was opened, or {@code null}
 * @param lastUpdatedDate          when it last changed, or {@code null}
 * @param comments                 the comments, oldest first; empty when absent
 * @param status                   the thread state, or {@code null}
 * @param threadContext            the file and lines it is about, as sent, or {@code null} for the whole PR
 * @param pullRequestThreadContext the iterations it compares, as sent, or {@code null}
 * @param isDeleted                whether it was deleted, or {@code null}
 * @param links                    the {@code _links} map; empty when absent
 * @param other                    members ado4j does not model; never {@code null}
 */
public record GitPullRequestCommentThread(int id, Instant publishedDate, Instant lastUpdatedDate,
                                          List<Comment> comments, CommentThreadStatus status,
                                          JsonValue threadContext, JsonValue pullRequestThreadContext,
                                          Boolean isDeleted, @JsonName("_links") Map<String, ReferenceLink> links,
                                          @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and copies the comments and links.
     *
     * @param id                       the thread id, positive
     * @param publishedDate            when it was opened, or {@code null}
     * @param lastUpdatedDate          when it last changed, or {@code null}
     * @param comments                 the comments, oldest first; empty when absent
     * @param status                   the thread state, or {@code null}
     * @param threadContext            the file and lines it is about, as sent, or {@code null} for the whole PR
     * @param pullRequestThreadContext the iterations it compares, as sent, or {@code null}
     * @param isDeleted                whether it was deleted, or {@code null}
     * @param links                    the {@code _links} map; empty when absent
     * @param other                    members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code comments} or {@code links} contains null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public GitPullRequestCommentThread {
        other = other == null ? JsonObject.EMPTY : other;
        Copies.positive(id, "id");
        comments = Copies.list(comments, "comments");
        links = Copies.map(links, "links");
    }
}
