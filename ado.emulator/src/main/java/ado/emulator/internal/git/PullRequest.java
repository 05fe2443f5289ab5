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
        private final UUID id;
        private int vote;
        private boolean required;
        private boolean declined;
        private boolean reapprove;

        Reviewer(UUID id) {
            this.id = id;
        }

        /** {@return the id} */
        public UUID id() {
            return id;
        }

        /** {@return the vote} */
        public int vote() {
            return vote;
        }

        /** Sets the vote. */
        public void vote(int value) {
            this.vote = value;
        }

        /** {@return the required} */
        public boolean required() {
            return required;
        }

        /** Sets the required. */
        public void required(boolean value) {
            this.required = value;
        }

        /** {@return whether the last vote was a re-approval ({@code isReapprove})} */
        public boolean reapprove() {
            return reapprove;
        }

        /** Sets whether the last vote was a re-approval. */
        public void reapprove(boolean value) {
            this.reapprove = value;
        }

        /** {@return the declined} */
        public boolean declined() {
            return declined;
        }

        /** Sets the declined. */
        public void declined(boolean value) {
            this.declined = value;
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
        private final int id;
        private final int parentId;
        private final UUID author;
        private final Instant published;
        private String content;
        private Instant updated;

        public Comment(int id, int parentId, UUID author, Instant published, String content) {
            this.id = id;
            this.parentId = parentId;
            this.author = author;
            this.published = published;
            this.updated = published;
            this.content = content;
        }

        /** {@return the id} */
        public int id() {
            return id;
        }

        /** {@return the parentId} */
        public int parentId() {
            return parentId;
        }

        /** {@return the author} */
        public UUID author() {
            return author;
        }

        /** {@return the published} */
        public Instant published() {
            return published;
        }

        /** {@return the content} */
        public String content() {
            return content;
        }

        /** Sets the content. */
        public void content(String value) {
            this.content = value;
        }

        /** {@return the updated} */
        public Instant updated() {
            return updated;
        }

        /** Sets the updated. */
        public void updated(Instant value) {
            this.updated = value;
        }
    }

    /** A comment thread, with ADO's status names and the request's contexts kept as sent. */
    public static final class Thread {
        private final int id;
        private final Instant published;
        private final JsonValue threadContext;
        private final JsonValue pullRequestThreadContext;
        private final List<Comment> comments = new ArrayList<>();
        private String status;
        private Instant updated;

        public Thread(int id, Instant published, String status, JsonValue threadContext, JsonValue prContext) {
            this.id = id;
            this.published = published;
            this.updated = published;
            this.status = status;
            this.threadContext = threadContext;
            this.pullRequestThreadContext = prContext;
        }

        /** {@return the id} */
        public int id() {
            return id;
        }

        /** {@return the published} */
        public Instant published() {
            return published;
        }

        /** {@return the threadContext} */
        public JsonValue threadContext() {
            return threadContext;
        }

        /** {@return the pullRequestThreadContext} */
        public JsonValue pullRequestThreadContext() {
            return pullRequestThreadContext;
        }

        /** {@return the comments} */
        public List<Comment> comments() {
            return comments;
        }

        /** {@return the status} */
        public String status() {
            return status;
        }

        /** Sets the status. */
        public void status(String value) {
            this.status = value;
        }

        /** {@return the updated} */
        public Instant updated() {
            return updated;
        }

        /** Sets the updated. */
        public void updated(Instant value) {
            this.updated = value;
        }
    }

    /** A status posted on the pull request or one of its iterations. */
    public record Status(int id, Integer iterationId, String state, String description, JsonValue context,
                         String targetUrl, JsonObject properties, UUID createdBy, Instant created)
            implements StatusWire.Entry {
    }

    /** Completion options as sent (ADO's GitPullRequestCompletionOptions). */
    public record CompletionOptions(Merger.Strategy strategy, boolean deleteSourceBranch, String mergeCommitMessage,
                                    JsonObject wire) {
    }

    private final int id;
    private final Repository repository;
    private final String sourceRefName;
    private final String targetRefName;
    private final UUID createdBy;
    private final Instant created;
    private final UUID mergeId = UUID.randomUUID();
    private final Map<UUID, Reviewer> reviewers = new LinkedHashMap<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Status> statuses = new ArrayList<>();
    private final List<Iteration> iterations = new ArrayList<>();
    private final Map<String, JsonObject> properties = new LinkedHashMap<>();
    private final Set<Integer> workItems = new LinkedHashSet<>();
    private String title;
    private String description;
    private String status = "active";
    private boolean draft;
    private String mergeStatus = "queued";
    private ObjectId lastMergeSource;
    private ObjectId lastMergeTarget;
    private ObjectId lastMergeCommit;
    private Instant closed;
    private UUID closedBy;
    private UUID autoCompleteSetBy;
    private CompletionOptions completionOptions;

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

    /** {@return the id (unique in the organisation)} */
    public int id() {
        return id;
    }

    /** {@return the repository} */
    public Repository repository() {
        return repository;
    }

    /** {@return the source branch} */
    public String sourceRefName() {
        return sourceRefName;
    }

    /** {@return the target branch} */
    public String targetRefName() {
        return targetRefName;
    }

    /** {@return the creator} */
    public UUID createdBy() {
        return createdBy;
    }

    /** {@return when it was created} */
    public Instant created() {
        return created;
    }

    /** {@return the merge job id} */
    public UUID mergeId() {
        return mergeId;
    }

    /** {@return the reviewers by id (live)} */
    public Map<UUID, Reviewer> reviewers() {
        return reviewers;
    }

    /** {@return the labels (live)} */
    public List<Label> labels() {
        return labels;
    }

    /** {@return the threads (live)} */
    public List<Thread> threads() {
        return threads;
    }

    /** {@return the statuses (live)} */
    public List<Status> statuses() {
        return statuses;
    }

    /** {@return the iterations (live)} */
    public List<Iteration> iterations() {
        return iterations;
    }

    /** {@return the properties (live)} */
    public Map<String, JsonObject> properties() {
        return properties;
    }

    /** {@return the linked work item ids (live)} */
    public Set<Integer> workItems() {
        return workItems;
    }

    /** {@return the title} */
    public String title() {
        return title;
    }

    /** {@return the description} */
    public String description() {
        return description;
    }

    /** {@return the status: active, abandoned or completed} */
    public String status() {
        return status;
    }

    /** {@return whether it is a draft} */
    public boolean draft() {
        return draft;
    }

    /** {@return the merge status} */
    public String mergeStatus() {
        return mergeStatus;
    }

    /** {@return the source commit of the last merge, or null} */
    public ObjectId lastMergeSource() {
        return lastMergeSource;
    }

    /** {@return the target commit of the last merge, or null} */
    public ObjectId lastMergeTarget() {
        return lastMergeTarget;
    }

    /** {@return the last (preview or final) merge commit, or null} */
    public ObjectId lastMergeCommit() {
        return lastMergeCommit;
    }

    /** {@return when it was closed, or null} */
    public Instant closed() {
        return closed;
    }

    /** {@return who closed it, or null} */
    public UUID closedBy() {
        return closedBy;
    }

    /** {@return who set auto-complete, or null} */
    public UUID autoCompleteSetBy() {
        return autoCompleteSetBy;
    }

    /** {@return the completion options, or null} */
    public CompletionOptions completionOptions() {
        return completionOptions;
    }

    /** Sets the title. */
    public void title(String value) {
        this.title = value;
    }

    /** Sets the description. */
    public void description(String value) {
        this.description = value;
    }

    /** Sets the status: active, abandoned or completed. */
    public void status(String value) {
        this.status = value;
    }

    /** Sets whether it is a draft. */
    public void draft(boolean value) {
        this.draft = value;
    }

    /** Sets the merge status. */
    public void mergeStatus(String value) {
        this.mergeStatus = value;
    }

    /** Sets the source commit of the last merge. */
    public void lastMergeSource(ObjectId value) {
        this.lastMergeSource = value;
    }

    /** Sets the target commit of the last merge. */
    public void lastMergeTarget(ObjectId value) {
        this.lastMergeTarget = value;
    }

    /** Sets the last (preview or final) merge commit. */
    public void lastMergeCommit(ObjectId value) {
        this.lastMergeCommit = value;
    }

    /** Sets when it was closed. */
    public void closed(Instant value) {
        this.closed = value;
    }

    /** Sets who closed it. */
    public void closedBy(UUID value) {
        this.closedBy = value;
    }

    /** Sets who set auto-complete. */
    public void autoCompleteSetBy(UUID value) {
        this.autoCompleteSetBy = value;
    }

    /** Sets the completion options. */
    public void completionOptions(CompletionOptions value) {
        this.completionOptions = value;
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
