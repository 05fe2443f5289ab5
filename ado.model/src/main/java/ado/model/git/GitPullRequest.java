package ado.model.git;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pull request as Azure DevOps returns it from get, list, create and update.
 *
 * @param repository            the repository the pull request targets, or {@code null}
 * @param pullRequestId         the pull request id, positive
 * @param codeReviewId          the code review id, or {@code null}
 * @param status                the state, or {@code null}
 * @param createdBy             who created it, or {@code null}
 * @param creationDate          when it was created, or {@code null}
 * @param closedDate            when it was closed, or {@code null} while open
 * @param closedBy              who closed it, or {@code null}
 * @param title                 the title, or {@code null}
 * @param description           the description (Markdown), or {@code null}
 * @param sourceRefName         the source branch, such as {@code refs/heads/feature}, or {@code null}
 * @param targetRefName         the target branch, or {@code null}
 * @param mergeStatus           the state of the last merge attempt, or {@code null}
 * @param mergeFailureType      why the merge failed, or {@code null}
 * @param mergeFailureMessage   the merge failure message, or {@code null}
 * @param isDraft               whether it is a draft, or {@code null}
 * @param mergeId               the id of the last merge job, or {@code null}
 * @param lastMergeSourceCommit the source commit of the last merge, or {@code null}
 * @param lastMergeTargetCommit the target commit of the last merge, or {@code null}
 * @param lastMergeCommit       the merge commit of the last merge, or {@code null}
 * @param reviewers             the reviewers and their votes; empty when absent
 * @param labels                the labels; empty when absent
 * @param workItemRefs          the linked work items (when requested); empty when absent
 * @param commits               the commits (when requested); empty when absent
 * @param url                   the REST URL, or {@code null}
 * @param links                 the {@code _links} map; empty when absent
 * @param supportsIterations    whether the pull request has iterations, or {@code null}
 * @param artifactId            the artifact id ({@code vstfs:///Git/PullRequestId/...}), or {@code null}
 * @param completionOptions     the completion options, or {@code null}
 * @param autoCompleteSetBy     who set auto-complete, or {@code null}
 * @param completionQueueTime   when completion was queued, or {@code null}
 * @param hasMultipleMergeBases whether the branches have several merge bases, or {@code null}
 * @param other                 members ado4j does not model; never {@code null}
 */
public record GitPullRequest(
        GitRepositoryRef repository,
        int pullRequestId,
        Integer codeReviewId,
        PullRequestStatus status,
        IdentityRef createdBy,
        Instant creationDate,
        Instant closedDate,
        IdentityRef closedBy,
        String title,
        String description,
        String sourceRefName,
        String targetRefName,
        PullRequestAsyncStatus mergeStatus,
        PullRequestMergeFailureType mergeFailureType,
        String mergeFailureMessage,
        Boolean isDraft,
        UUID mergeId,
        GitCommitRef lastMergeSourceCommit,
        GitCommitRef lastMergeTargetCommit,
        GitCommitRef lastMergeCommit,
        List<IdentityRefWithVote> reviewers,
        List<WebApiTagDefinition> labels,
        List<ResourceRef> workItemRefs,
        List<GitCommitRef> commits,
        String url,
        @JsonName("_links") Map<String, ReferenceLink> links,
        Boolean supportsIterations,
        String artifactId,
        GitPullRequestCompletionOptions completionOptions,
        IdentityRef autoCompleteSetBy,
        Instant completionQueueTime,
        Boolean hasMultipleMergeBases, @JsonUnmapped JsonObject other) {

    /**
     * Checks {@code pullRequestId} and copies the collections.
     *
     * @param repository            the repository the pull request targets, or {@code null}
     * @param pullRequestId         the pull request id, positive
     * @param codeReviewId          the code review id, or {@code null}
     * @param status                the state, or {@code null}
     * @param createdBy             who created it, or {@code null}
     * @param creationDate          when it was created, or {@code null}
     * @param closedDate            when it was closed, or {@code null} while open
     * @param closedBy              who closed it, or {@code null}
     * @param title                 the title, or {@code null}
     * @param description           the description (Markdown), or {@code null}
     * @param sourceRefName         the source branch, such as {@code refs/heads/feature}, or {@code null}
     * @param targetRefName         the target branch, or {@code null}
     * @param mergeStatus           the state of the last merge attempt, or {@code null}
     * @param mergeFailureType      why the merge failed, or {@code null}
     * @param mergeFailureMessage   the merge failure message, or {@code null}
     * @param isDraft               whether it is a draft, or {@code null}
     * @param mergeId               the id of the last merge job, or {@code null}
     * @param lastMergeSourceCommit the source commit of the last merge, or {@code null}
     * @param lastMergeTargetCommit the target commit of the last merge, or {@code null}
     * @param lastMergeCommit       the merge commit of the last merge, or {@code null}
     * @param reviewers             the reviewers and their votes; empty when absent
     * @param labels                the labels; empty when absent
     * @param workItemRefs          the linked work items (when requested); empty when absent
     * @param commits               the commits (when requested); empty when absent
     * @param url                   the REST URL, or {@code null}
     * @param links                 the {@code _links} map; empty when absent
     * @param supportsIterations    whether the pull request has iterations, or {@code null}
     * @param artifactId            the artifact id ({@code vstfs:///Git/PullRequestId/...}), or {@code null}
     * @param completionOptions     the completion options, or {@code null}
     * @param autoCompleteSetBy     who set auto-complete, or {@code null}
     * @param completionQueueTime   when completion was queued, or {@code null}
     * @param hasMultipleMergeBases whether the branches have several merge bases, or {@code null}
     * @param other                 members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code reviewers}, {@code labels}, {@code workItemRefs}, {@code commits} or
     *                                  {@code links} contains null
     * @throws IllegalArgumentException if {@code pullRequestId} is not positive
     */
    public GitPullRequest {
        other = other == null ? JsonObject.EMPTY : other;
        Copies.positive(pullRequestId, "pullRequestId");
        reviewers = Copies.list(reviewers, "reviewers");
        labels = Copies.list(labels, "labels");
        workItemRefs = Copies.list(workItemRefs, "workItemRefs");
        commits = Copies.list(commits, "commits");
        links = Copies.map(links, "links");
    }
}
