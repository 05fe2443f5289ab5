package ado.model.git;

import ado.model.IdentityRef;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.UUID;

/**
 * The body of a pull-request update ({@code PATCH}): only the members that are not {@code null} change. Build it
 * with {@link #builder}.
 *
 * @param title                 the new title (not blank), or {@code null}
 * @param description           the new description, or {@code null}
 * @param status                {@code ACTIVE} (reactivate), {@code ABANDONED} or {@code COMPLETED}, or {@code null}
 * @param isDraft               the new draft flag, or {@code null}
 * @param autoCompleteSetBy     who sets auto-complete (the zero id cancels it), or {@code null}
 * @param completionOptions     how to complete, or {@code null}
 * @param lastMergeSourceCommit the source commit the caller saw (completion refuses when the source moved), or
 *                              {@code null}
 * @param workItemRefs          work items to link; may be empty
 */
public record PullRequestUpdate(
        String title,
        String description,
        PullRequestStatus status,
        Boolean isDraft,
        IdentityRef autoCompleteSetBy,
        GitPullRequestCompletionOptions completionOptions,
        GitCommitRef lastMergeSourceCommit,
        List<ResourceRef> workItemRefs) {

    /** The id that cancels auto-complete. */
    public static final UUID NO_ONE = new UUID(0, 0);

    /** Checks the title and the status and copies {@code workItemRefs}. */
    public PullRequestUpdate {
        if (title != null) {
            Checks.nonBlank(title, "title");
        }
        if (status == PullRequestStatus.ALL || status == PullRequestStatus.UNKNOWN) {
            throw new IllegalArgumentException("status must be ACTIVE, ABANDONED, COMPLETED or NOT_SET: " + status);
        }
        workItemRefs = Copies.list(workItemRefs, "workItemRefs");
    }

    /** {@return an empty update builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PullRequestUpdate}. */
    public static final class Builder {
        private String title;
        private String description;
        private PullRequestStatus status;
        private Boolean draft;
        private IdentityRef autoCompleteSetBy;
        private GitPullRequestCompletionOptions options;
        private GitCommitRef lastMergeSource;
        private List<ResourceRef> workItems = List.of();

        private Builder() {
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets the description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets the status. */
        public Builder status(PullRequestStatus status) {
            this.status = status;
            return this;
        }

        /** Sets the draft flag. */
        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        /** Sets auto-complete on behalf of {@code by} ({@link #NO_ONE} cancels it). */
        public Builder autoCompleteSetBy(UUID by) {
            this.autoCompleteSetBy = IdentityRef.of(by);
            return this;
        }

        /** Sets the completion options. */
        public Builder completionOptions(GitPullRequestCompletionOptions options) {
            this.options = options;
            return this;
        }

        /** Sets the source commit the caller expects. */
        public Builder lastMergeSourceCommit(String commitId) {
            this.lastMergeSource = new GitCommitRef(commitId, null, null, null, null, null, null, null, null);
            return this;
        }

        /** Links work items by id. */
        public Builder workItems(List<Integer> ids) {
            this.workItems = ids.stream().map(id -> new ResourceRef(Integer.toString(Copies.positive(id,
                    "workItemId")), null)).toList();
            return this;
        }

        /** {@return the update} */
        public PullRequestUpdate build() {
            return new PullRequestUpdate(title, description, status, draft, autoCompleteSetBy, options,
                    lastMergeSource, workItems);
        }
    }
}
