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

    /**
     * Checks the title and the status and copies {@code workItemRefs}.
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
     * @throws NullPointerException     if {@code workItemRefs} contains null
     * @throws IllegalArgumentException if {@code title} is blank, or {@code status} is {@link PullRequestStatus#ALL} or
     *                                  {@link PullRequestStatus#UNKNOWN}
     */
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

        /**
         * Sets the title.
         *
         * @param title the new title, not blank; {@code null} keeps it
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the new description (Markdown); {@code null} keeps it
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the status: {@code ACTIVE} reactivates, {@code ABANDONED} abandons, {@code COMPLETED} completes.
         *
         * @param status the new status; {@code null} keeps it
         * @return this builder
         */
        public Builder status(PullRequestStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the draft flag.
         *
         * @param draft {@code true} to make it a draft, {@code false} to publish it
         * @return this builder
         */
        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        /**
         * Sets auto-complete on behalf of {@code by} ({@link #NO_ONE} cancels it).
         *
         * @param by the identity id auto-complete acts for
         * @return this builder
         * @throws NullPointerException if {@code by} is null
         */
        public Builder autoCompleteSetBy(UUID by) {
            this.autoCompleteSetBy = IdentityRef.of(by);
            return this;
        }

        /**
         * Sets the completion options.
         *
         * @param options how to complete (merge strategy, branch deletion, ...); {@code null} for none
         * @return this builder
         */
        public Builder completionOptions(GitPullRequestCompletionOptions options) {
            this.options = options;
            return this;
        }

        /**
         * Sets the source commit the caller expects; completion fails if the source branch moved since.
         *
         * @param commitId the commit id (40 lowercase hex digits)
         * @return this builder
         * @throws NullPointerException     if {@code commitId} is null
         * @throws IllegalArgumentException if {@code commitId} is not 40 hex digits
         */
        public Builder lastMergeSourceCommit(String commitId) {
            this.lastMergeSource = new GitCommitRef(commitId, null, null, null, null, null, null, null, null);
            return this;
        }

        /**
         * Links work items by id.
         *
         * @param ids the work item ids
         * @return this builder
         * @throws NullPointerException     if {@code ids} is null or contains null
         * @throws IllegalArgumentException if an id is not positive
         */
        public Builder workItems(List<Integer> ids) {
            this.workItems = ids.stream().map(id -> new ResourceRef(Integer.toString(Copies.positive(id,
                    "workItemId")), null)).toList();
            return this;
        }

        /**
         * {@return the update}
         *
         * @throws IllegalArgumentException if the title is blank, or the status is {@link PullRequestStatus#ALL} or
         *                                  {@link PullRequestStatus#UNKNOWN}
         */
        public PullRequestUpdate build() {
            return new PullRequestUpdate(title, description, status, draft, autoCompleteSetBy, options,
                    lastMergeSource, workItems);
        }
    }
}
