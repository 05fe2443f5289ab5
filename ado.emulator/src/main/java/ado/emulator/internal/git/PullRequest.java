package ado.emulator.internal.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One pull request's state. Mutable; read and changed only under its repository's lock (see
 * {@link PullRequestStore}), so the fields are plain.
 */
public final class PullRequest {

    /** A reviewer: vote (10, 5, 0, -5, -10), required flag and declined flag. */
    public static final class Reviewer {
        public final UUID id;
        public int vote;
        public boolean required;
        public boolean declined;

        Reviewer(UUID id) {
            this.id = id;
        }
    }

    /** An iteration: the source, target and common commits when it was created. */
    public record Iteration(int id, ObjectId source, ObjectId target, ObjectId common, UUID author,
                            Instant created, String description) {
    }

    /** A label (ADO's WebApiTagDefinition). */
    public record Label(UUID id, String name) {
    }

    /** A comment of a thread. */
    public static final class Comment {
        public final int id;
        public final int parentId;
        public final UUID author;
        public final Instant published;
        public String content;
        public Instant updated;

        public Comment(int id, int parentId, UUID author, Instant published, String content) {
            this.id = id;
            this.parentId = parentId;
            this.author = author;
            this.published = published;
            this.updated = published;
            this.content = content;
        }
    }

    /** A comment thread, with ADO's status names and the request's contexts kept as sent. */
    public static final class Thread {
        public final int id;
        public final Instant published;
        public final JsonValue threadContext;
        public final JsonValue pullRequestThreadContext;
        public final List<Comment> comments = new ArrayList<>();
        public String status;
        public Instant updated;

        public Thread(int id, Instant published, String status, JsonValue threadContext, JsonValue prContext) {
            this.id = id;
            this.published = published;
            this.updated = published;
            this.status = status;
            this.threadContext = threadContext;
            this.pullRequestThreadContext = prContext;
        }
    }

    /** A status posted on the pull request or one of its iterations. */
    public record Status(int id, Integer iterationId, String state, String description, JsonValue context,
                         String targetUrl, JsonObject properties, UUID createdBy, Instant created) {
    }

    /** Completion options as sent (ADO's GitPullRequestCompletionOptions). */
    public record CompletionOptions(Merger.Strategy strategy, boolean deleteSourceBranch, String mergeCommitMessage,
                                    JsonObject wire) {
    }

    public final int id;
    public final Repository repository;
    public final String sourceRefName;
    public final String targetRefName;
    public final UUID createdBy;
    public final Instant created;
    public final UUID mergeId = UUID.randomUUID();
    public final Map<UUID, Reviewer> reviewers = new LinkedHashMap<>();
    public final List<Label> labels = new ArrayList<>();
    public final List<Thread> threads = new ArrayList<>();
    public final List<Status> statuses = new ArrayList<>();
    public final List<Iteration> iterations = new ArrayList<>();
    public final Map<String, JsonObject> properties = new LinkedHashMap<>();
    public final Set<Integer> workItems = new LinkedHashSet<>();
    public String title;
    public String description;
    public String status = "active";
    public boolean draft;
    public String mergeStatus = "queued";
    public ObjectId lastMergeSource;
    public ObjectId lastMergeTarget;
    public ObjectId lastMergeCommit;
    public Instant closed;
    public UUID closedBy;
    public UUID autoCompleteSetBy;
    public CompletionOptions completionOptions;

    PullRequest(int id, Repository repository, String source, String target, String title, String description,
                UUID createdBy, Instant created) {
        this.id = id;
        this.repository = Objects.requireNonNull(repository, "repository == null");
        this.sourceRefName = source;
        this.targetRefName = target;
        this.title = title;
        this.description = description;
        this.createdBy = createdBy;
        this.created = created;
    }

    /** {@return ADO's artifact id: {@code vstfs:///Git/PullRequestId/{project}%2f{repo}%2f{id}}} */
    public String artifactId() {
        return "vstfs:///Git/PullRequestId/" + repository.projectId() + "%2f" + repository.id() + "%2f" + id;
    }

    /** {@return the reviewer {@code id}, added when missing} */
    public Reviewer reviewer(UUID reviewerId) {
        return reviewers.computeIfAbsent(reviewerId, Reviewer::new);
    }
}
