package ado.oop;

import ado.model.git.Comment;
import ado.model.git.CommentThreadContext;
import ado.model.git.CommentThreadStatus;
import ado.model.git.GitPullRequest;
import ado.model.git.GitPullRequestChange;
import ado.model.git.GitPullRequestCommentThread;
import ado.model.git.GitPullRequestCompletionOptions;
import ado.model.git.GitPullRequestIteration;
import ado.model.git.GitPullRequestStatus;
import ado.model.git.GitStatusContext;
import ado.model.git.GitStatusState;
import ado.model.git.IdentityRefWithVote;
import ado.model.git.PullRequestIterations;
import ado.model.git.PullRequestLabels;
import ado.model.git.PullRequestAsyncStatus;
import ado.model.git.PullRequestStatus;
import ado.model.git.PullRequestStatuses;
import ado.model.git.PullRequestThreads;
import ado.model.git.PullRequestUpdate;
import ado.model.git.PullRequests;
import ado.model.git.WebApiTagDefinition;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A pull request of a repository. One object per pull request per service; its details load on first use and
 * every change reloads them from the server's answer. {@link #repository()} and {@link #project()} return the
 * shared instances.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per pull request per service, shared by every thread that reaches
 * it. Its record loads once even when threads ask together; {@code refresh()} and changes replace it whole, so a
 * reader sees the old record or the new one, never a mix.
 */
public final class PullRequest {

    private final Repository repository;
    private final Resource<Integer, GitPullRequest> self;

    PullRequest(Repository repository, int id) {
        this.repository = repository;
        this.self = new Resource<>(id, k -> PullRequests.get(repository.api(), k));
    }

    /** {@return the repository} */
    public Repository repository() {
        return repository;
    }

    /** {@return the project} */
    public Project project() {
        return repository.project();
    }

    /** {@return the pull request id} */
    public int id() {
        return self.key();
    }

    /**
     * {@return the web URL of this pull request ({@code {org}/{project}/_git/{repo}/pullrequest/{id}}), as
     * {@link AzureDevOpsService#pullRequestByUrl} takes it; loads the repository if it was reached by id}
     */
    public java.net.URI webUrl() {
        return ObjectUrls.web(this);
    }

    /** {@return the pull request, loaded on first use} */
    public GitPullRequest info() {
        return self.get();
    }

    /** {@return this pull request after loading it again} */
    public PullRequest refresh() {
        return self.refresh(this);
    }

    /** {@return the title} */
    public String title() {
        return info().title();
    }

    /** {@return the status (active, abandoned, completed)} */
    public PullRequestStatus status() {
        return info().status();
    }

    /** {@return the source branch} */
    public Branch source() {
        return repository.branch(info().sourceRefName());
    }

    /** {@return the target branch} */
    public Branch target() {
        return repository.branch(info().targetRefName());
    }

    // ---- reviewers (logic in PullRequestReviews) --------------------------------------------------------------

    /**
     * {@return the reviewer {@code identity}, added as required or optional}
     *
     * @param identity the reviewer
     * @param required whether it is required
     */
    public IdentityRefWithVote addReviewer(UUID identity, boolean required) {
        return PullRequestReviews.add(this, identity, required);
    }

    /**
     * {@return the reviewer {@code identity} (its id), added as required or optional}
     *
     * @param identity the reviewer
     * @param required whether it is required
     */
    public IdentityRefWithVote addReviewer(ado.model.IdentityRef identity, boolean required) {
        Objects.requireNonNull(identity, "identity == null");
        return addReviewer(Objects.requireNonNull(identity.id(), "identity.id == null"), required);
    }

    /**
     * {@return the authenticated user as a reviewer after casting {@code vote}}
     *
     * @param vote the vote
     */
    public IdentityRefWithVote vote(Vote vote) {
        return vote(me(), vote);
    }

    /**
     * {@return reviewer {@code identity} after casting {@code vote}}; a due auto-complete may complete the PR
     *
     * @param identity the reviewer
     * @param vote the vote
     */
    public IdentityRefWithVote vote(UUID identity, Vote vote) {
        return PullRequestReviews.vote(this, identity, vote, null);
    }

    /**
     * {@return reviewer {@code identity} after casting {@code vote}, marked as a re-approval when
     * {@code reapprove} ({@code isReapprove}: approving again after a push reset the votes)}
     *
     * @param identity  the reviewer
     * @param vote      the vote
     * @param reapprove whether this vote approves again
     * @throws NullPointerException if {@code identity} or {@code vote} is null
     */
    public IdentityRefWithVote vote(UUID identity, Vote vote, boolean reapprove) {
        return PullRequestReviews.vote(this, identity, vote, reapprove);
    }

    /**
     * Removes reviewer {@code identity} from the pull request.
     *
     * @param identity the reviewer's identity id
     * @throws ado.core.error.AdoNotFoundException if {@code identity} is not a reviewer of the pull request
     * @throws NullPointerException                if {@code identity} is null
     */
    public void removeReviewer(UUID identity) {
        PullRequestReviews.remove(this, identity);
    }

    /**
     * Removes reviewer {@code identity} (by its id) from the pull request.
     *
     * @param identity the reviewer
     * @throws ado.core.error.AdoNotFoundException if {@code identity} is not a reviewer of the pull request
     * @throws NullPointerException                if {@code identity} or its id is null
     */
    public void removeReviewer(ado.model.IdentityRef identity) {
        Objects.requireNonNull(identity, "identity == null");
        removeReviewer(Objects.requireNonNull(identity.id(), "identity.id == null"));
    }

    /** {@return the reviewers and their votes} */
    public List<IdentityRefWithVote> reviewers() {
        return PullRequestReviews.list(this);
    }

    // ---- labels

    /**
     * {@return label {@code name} (trimmed, not blank), added if missing}
     *
     * @param name the label
     */
    public WebApiTagDefinition addLabel(String name) {
        return PullRequestLabels.add(repository.api(), id(), name);
    }

    /**
     * Removes label {@code name}.
     *
     * @param name the label
     */
    public void removeLabel(String name) {
        PullRequestLabels.remove(repository.api(), id(), name);
    }

    /** {@return the label names} */
    public List<String> labels() {
        return PullRequestLabels.list(repository.api(), id()).stream().map(WebApiTagDefinition::name).toList();
    }

    /**
     * Makes the labels of the pull request the set {@code names}: adds each missing name and removes each label not
     * named, one request per change after one read (Azure DevOps has no call that replaces the set). Names compare
     * as Azure DevOps compares them, trimmed and ignoring case, so a label that differs only in case is kept as it
     * is. Not atomic: a label another writer adds or removes meanwhile may be kept or lost.
     *
     * @param names the labels wanted; duplicates (ignoring case) count once
     * @return the label names afterwards, the kept ones first (as the server spells them), then the added ones
     * @throws NullPointerException     if {@code names} is null
     * @throws IllegalArgumentException if a name is null or blank (nothing is sent)
     */
    public List<String> syncLabels(Collection<String> names) {
        return LabelSync.sync(repository.api(), id(), names);
    }

    // ---- threads (logic in PullRequestReviews and ThreadAnchors) and statuses ---------------------------------

    /**
     * {@return a new thread on the whole pull request, opened with comment {@code text}}
     *
     * @param text the comment text
     */
    public GitPullRequestCommentThread comment(String text) {
        return PullRequestThreads.create(repository.api(), id(), text);
    }

    /**
     * {@return a new active thread opened with comment {@code text} on the file and lines of {@code where} (left:
     * the target's version, right: the source's)} It compares the first iteration with the latest and carries the
     * file's change tracking id (none for a file the pull request does not change), so Azure DevOps keeps it on its
     * lines after later pushes; two requests read them first. See also
     * {@link #comment(String, CommentThreadStatus, PullRequestThreads.Anchor)}.
     *
     * @param text  the comment text (Markdown), not blank
     * @param where the file and line range, such as {@code CommentThreadContext.right("/src/Main.java", 3, 4)}
     * @throws NullPointerException                if {@code text} or {@code where} is null (nothing is sent)
     * @throws IllegalArgumentException            if {@code text} is blank (nothing is sent)
     * @throws ado.core.error.AdoNotFoundException if the pull request no longer exists
     */
    public GitPullRequestCommentThread comment(String text, CommentThreadContext where) {
        return PullRequestReviews.comment(this, text, where);
    }

    /**
     * {@return a new thread with {@code status}, opened with comment {@code text} and anchored as {@code anchor}
     * says: to a file and line range ({@code threadContext}) and iterations ({@code pullRequestThreadContext}),
     * each as given, or to the whole pull request with {@code Anchor.NONE}}
     *
     * @param text   the comment text (Markdown), not blank
     * @param status the thread's status, such as {@code ACTIVE}, or {@code CLOSED} for a note
     * @param anchor where the thread is
     * @throws NullPointerException                if an argument is null (nothing is sent)
     * @throws IllegalArgumentException            if {@code text} is blank or {@code status} is {@code UNKNOWN}
     *                                             (nothing is sent)
     * @throws ado.core.error.AdoNotFoundException if the pull request no longer exists
     */
    public GitPullRequestCommentThread comment(String text, CommentThreadStatus status,
                                               PullRequestThreads.Anchor anchor) {
        return PullRequestReviews.comment(this, text, status, anchor);
    }

    /**
     * {@return the reply {@code text} to the first comment of thread {@code threadId}}
     *
     * @param threadId the thread id
     * @param text the reply text
     */
    public Comment reply(int threadId, String text) {
        return PullRequestThreads.reply(repository.api(), id(), threadId, 1, text);
    }

    /** {@return the comment threads} */
    public List<GitPullRequestCommentThread> threads() {
        return PullRequestThreads.list(repository.api(), id());
    }

    /**
     * {@return comment thread {@code threadId}, loaded from the server}
     *
     * @param threadId the thread id
     * @throws ado.core.error.AdoNotFoundException if the pull request has no such thread
     * @throws IllegalArgumentException            if {@code threadId} is not positive (nothing is sent)
     */
    public GitPullRequestCommentThread thread(int threadId) {
        return PullRequestThreads.get(repository.api(), id(), threadId);
    }

    /**
     * {@return thread {@code threadId} after setting its status: resolve with {@code FIXED}, reopen with
     * {@code ACTIVE}}
     *
     * @param threadId the thread id
     * @param status   the new status
     * @throws ado.core.error.AdoNotFoundException if the pull request has no such thread
     * @throws NullPointerException                if {@code status} is null
     * @throws IllegalArgumentException            if {@code status} is {@code UNKNOWN} or {@code threadId} is not
     *                                             positive (nothing is sent)
     */
    public GitPullRequestCommentThread setThreadStatus(int threadId, CommentThreadStatus status) {
        return PullRequestThreads.setStatus(repository.api(), id(), threadId, status);
    }

    /**
     * {@return the status posted: {@code state} for context {@code name} in {@code genre}, with a description}
     *
     * @param state the state
     * @param genre the status genre, such as {@code ci}
     * @param name the status name within the genre
     * @param description the description, or {@code null}
     */
    public GitPullRequestStatus setStatus(GitStatusState state, String genre, String name, String description) {
        return PullRequestStatuses.create(repository.api(), id(), GitPullRequestStatus.of(state,
                new GitStatusContext(name, genre), description, null));
    }

    /** {@return the statuses posted on the pull request} */
    public List<GitPullRequestStatus> statuses() {
        return PullRequestStatuses.list(repository.api(), id());
    }

    // ---- work items

    /**
     * Links work item {@code workItemId}: adds the pull request's artifact link to the work item, which is how Azure
     * DevOps shows the link on both the work item and the pull request.
     *
     * @param workItemId the work item id
     */
    public void linkWorkItem(int workItemId) {
        PullRequests.linkWorkItem(project().api(), workItemId, info().artifactId() != null ? info().artifactId()
                : PullRequests.artifactId(project().id(), repository.id(), id()));
        self.reload();
    }

    /** {@return the ids of the linked work items} */
    public List<Integer> workItems() {
        return PullRequests.workItems(repository.api(), id()).stream()
                .map(r -> ClientFailures.intId(r.id(), "a work item id")).toList();
    }

    // ---- lifecycle

    /**
     * Sets auto-complete for the authenticated user: the pull request completes with {@code options} as soon as
     * nothing blocks it.
     *
     * @param options how to complete (merge strategy, delete source branch...)
     * @return this pull request, reloaded from the answer
     */
    public PullRequest setAutoComplete(GitPullRequestCompletionOptions options) {
        Objects.requireNonNull(options, "options == null");
        return update(PullRequestUpdate.builder().autoCompleteSetBy(me()).completionOptions(options).build());
    }

    /**
     * Completes the pull request with {@code options} (strategy, source branch deletion, message).
     *
     * @param options how to complete (merge strategy, delete source branch...)
     * @return this pull request, reloaded from the answer
     * @throws ado.core.error.AdoConflictException   if a required reviewer has not approved, or the merge
     *                                               conflicts (nothing changes)
     * @throws ado.core.error.AdoBadRequestException if the pull request is not active (nothing changes)
     */
    public PullRequest complete(GitPullRequestCompletionOptions options) {
        Objects.requireNonNull(options, "options == null");
        return update(PullRequestUpdate.builder().status(PullRequestStatus.COMPLETED).completionOptions(options)
                .build());
    }

    /** {@return this pull request after abandoning it} */
    public PullRequest abandon() {
        return update(PullRequestUpdate.builder().status(PullRequestStatus.ABANDONED).build());
    }

    /** {@return this pull request after reactivating it (it was abandoned)} */
    public PullRequest reactivate() {
        return update(PullRequestUpdate.builder().status(PullRequestStatus.ACTIVE).build());
    }

    /**
     * {@return this pull request after applying {@code update} (title, description, draft, ...)}
     *
     * @param update the changes
     */
    public PullRequest update(PullRequestUpdate update) {
        self.set(PullRequests.update(repository.api(), id(), update));
        return this;
    }

    // ---- merge check, cherry-pick and revert

    /** {@return the state of Azure DevOps' own merge of this pull request as last read, if it has one} */
    public java.util.Optional<PullRequestAsyncStatus> mergeStatus() {
        return java.util.Optional.ofNullable(info().mergeStatus());
    }

    /**
     * {@return whether the pull request would merge cleanly now: a trial merge of its source branch's head into
     * its target branch's head by Azure DevOps ({@code .../merges}, no branch moves), polled for at most
     * {@code timeout}} Check before {@link #complete}: {@link MergeCheck#failureMessage()} names the conflicts.
     * Reads the pull request and both branches first.
     *
     * @param timeout how long to wait for the outcome; {@link MergeCheck.Outcome#UNDECIDED} after it
     * @throws NullPointerException                 if {@code timeout} is null
     * @throws IllegalArgumentException             if {@code timeout} is negative
     * @throws IllegalStateException                if the pull request is not active
     * @throws ado.core.error.AdoNotFoundException  if its source or target branch no longer exists
     * @throws ado.core.error.AdoTransportException if the calling thread is interrupted while waiting
     */
    public MergeCheck checkMerge(java.time.Duration timeout) {
        Poller.check(timeout, MergeCheck.POLL_INTERVAL);
        return MergeCheck.of(this, self.reload(), timeout);
    }

    /**
     * {@return the started cherry-pick of this completed pull request's changes onto branch {@code onto} into the
     * new branch {@code newBranch}, such as a fix brought to a release branch}
     *
     * @param onto      the branch to apply them onto, short or full
     * @param newBranch the branch to create with the result, short or full; must not exist
     * @throws NullPointerException                  if an argument is null
     * @throws IllegalArgumentException              if a branch name is malformed (nothing is sent)
     * @throws ado.core.error.AdoBadRequestException if the pull request is not completed
     */
    public RefOperation cherryPick(String onto, String newBranch) {
        return repository.operations().startForPullRequest(RefOperation.Kind.CHERRY_PICK, onto, newBranch, id());
    }

    /**
     * {@return the started revert of this completed pull request on its target branch, into the new branch
     * {@code newBranch} (from which a pull request undoes it)}
     *
     * @param newBranch the branch to create with the result, short or full; must not exist
     * @throws NullPointerException                  if {@code newBranch} is null
     * @throws IllegalArgumentException              if {@code newBranch} is malformed (nothing is sent)
     * @throws ado.core.error.AdoBadRequestException if the pull request is not completed
     */
    public RefOperation revert(String newBranch) {
        Objects.requireNonNull(newBranch, "newBranch == null");
        return repository.operations().startForPullRequest(RefOperation.Kind.REVERT, info().targetRefName(),
                newBranch, id());
    }

    // ---- iterations and changes

    /** {@return the iterations, one per push to the source branch} */
    public List<GitPullRequestIteration> iterations() {
        return PullRequestIterations.list(repository.api(), id());
    }

    /** {@return the files the pull request changes (latest iteration against the merge base)} */
    public List<GitPullRequestChange> changes() {
        List<GitPullRequestIteration> all = iterations();
        return PullRequestIterations.changes(repository.api(), id(), all.get(all.size() - 1).id()).changeEntries();
    }

    /** {@return the commits of the pull request, newest first} */
    public List<Commit> commits() {
        return PullRequests.commits(repository.api(), id()).stream().map(c -> Commit.of(repository, c)).toList();
    }

    private UUID me() {
        return project().organization().connectionData().authenticatedUser().id();
    }

    void offer(GitPullRequest value) {
        self.set(value);
    }

    /** {@return the state of every policy that applies to this pull request} */
    public List<ado.model.policy.PolicyEvaluationRecord> policyEvaluations() {
        return ado.model.policy.Policies.evaluations(project().api(), project().id(), id());
    }

    @Override
    public String toString() {
        if (!self.loaded()) {
            return "PullRequest[" + repository.label() + " #" + id() + "]";
        }
        GitPullRequest pr = info();
        return "PullRequest[" + repository.label() + " #" + id() + " " + Describe.quote(pr.title())
                + Describe.field("status", pr.status()) + "]";
    }
}
