package ado.oop;

import ado.core.ApiCall;
import ado.core.error.AdoNotFoundException;
import ado.model.git.AnnotatedTags;
import ado.model.git.Commits;
import ado.model.git.Diffs;
import ado.model.git.GitAnnotatedTag;
import ado.model.git.GitBranchStats;
import ado.model.git.GitChange;
import ado.model.git.GitCommitSearchCriteria;
import ado.model.git.GitItem;
import ado.model.git.GitRef;
import ado.model.git.GitRepository;
import ado.model.git.GitVersionDescriptor;
import ado.model.git.Items;
import ado.model.git.RecursionLevel;
import ado.model.git.RefNames;
import ado.model.git.Refs;
import ado.model.git.Repositories;
import ado.model.git.Stats;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A Git repository. One object per repository per service; navigation ({@link #branch}, {@link #commit(String)})
 * is free. Branch and tag names may be short ({@code feature/x}) or full ({@code refs/heads/feature/x}) and always
 * match exactly: {@code main} never finds {@code main-old}.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per repository per service, shared by every thread that reaches
 * it. Its record loads once even when threads ask together; {@code refresh()} and changes replace it whole, so a
 * reader sees the old record or the new one, never a mix. Commits are optimistic: concurrent writers to one branch
 * never overwrite each other (see {@link #commit(String, String, java.util.List, CommitOptions)}).
 */
public final class Repository {

    private final Project project;
    private final NamedResource<GitRepository> self;
    private final RefWrites refWrites = new RefWrites(this);

    Repository(Project project, String nameOrId) {
        this.project = project;
        this.self = new NamedResource<>(nameOrId,
                k -> bindKeys(Repositories.get(project.api(), k)),
                GitRepository::name, GitRepository::id);
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the name: as given when reached by name, else from the loaded repository} */
    public String name() {
        return self.name();
    }

    /** {@return the repository id; loads the repository if it was reached by name} */
    public UUID id() {
        return self.id();
    }

    /**
     * {@return the web URL of this repository ({@code {org}/{project}/_git/{name}}), as
     * {@link AzureDevOpsService#repositoryByUrl} takes it; loads the repository if it was reached by id}
     */
    public java.net.URI webUrl() {
        return ObjectUrls.web(this);
    }

    /** {@return the repository, loaded on first use} */
    public GitRepository info() {
        return self.info();
    }

    /** {@return the loaded name, else the name or id it was reached by; never a request (for messages)} */
    String label() {
        return self.label();
    }

    /** {@return this repository after loading it again} */
    public Repository refresh() {
        return self.refresh(this);
    }

    /** {@return the repository scope of the raw API, for {@code ado.model} calls} */
    public ApiCall api() {
        return project.api().repository(self.urlKey());
    }

    /** {@return the default branch, if the repository has one (an empty one has none); loads the repository} */
    public Optional<Branch> defaultBranch() {
        return Optional.ofNullable(info().defaultBranch()).map(this::branch);
    }

    /**
     * {@return branch {@code name} (short or full); no request, the branch need not exist}
     *
     * @param name the branch name, short or full
     */
    public Branch branch(String name) {
        return new Branch(this, RefNames.branch(name));
    }

    /** {@return the branches; one request per page} */
    public Stream<Branch> branches() {
        return Refs.branches(api()).map(ref -> branch(ref.name()));
    }

    /**
     * {@return the branches whose name contains {@code text}, ignoring case (the server filters); one request per page}
     *
     * @param text the text to look for, such as {@code release}; not blank
     */
    public Stream<Branch> branches(String text) {
        return Refs.list(api(), "heads/", text).map(ref -> branch(ref.name()));
    }

    /** {@return the tags as read, each with its commit (an annotated tag's peeled); one request per page} */
    public Stream<Tag> tags() {
        return Refs.tags(api()).map(ref -> new Tag(this, ref));
    }

    /**
     * {@return the tags whose name contains {@code text}, ignoring case (the server filters); one request per page}
     *
     * @param text the text to look for, such as {@code v1.}; not blank
     */
    public Stream<Tag> tags(String text) {
        return Refs.list(api(), "tags/", text).map(ref -> new Tag(this, ref));
    }

    /**
     * {@return tag {@code name} (short or full), matched exactly, if it exists; one request}
     *
     * @param name the tag name, short or full
     */
    public Optional<Tag> tag(String name) {
        return Refs.find(api(), RefNames.tag(name)).map(ref -> new Tag(this, ref));
    }

    /**
     * {@return the new branch {@code name}, pointing at {@code fromBranchOrCommit} (a branch name or a commit id)}
     *
     * @param name the new branch name, short or full
     * @param fromBranchOrCommit a branch name (short or full) or a commit id to start from
     * @throws AdoNotFoundException                if {@code fromBranchOrCommit} names a missing branch
     * @throws ado.core.error.AdoConflictException if the server refused the ref update (the branch exists, say)
     */
    public Branch createBranch(String name, String fromBranchOrCommit) {
        return refWrites.createBranch(name, fromBranchOrCommit);
    }

    /**
     * Deletes branch {@code name} at its current head.
     *
     * @param name the branch name, short or full
     * @throws AdoNotFoundException                if the branch does not exist
     * @throws ado.core.error.AdoConflictException if the server refused the ref update (it moved meanwhile, say)
     */
    public void deleteBranch(String name) {
        refWrites.deleteBranch(name);
    }

    /**
     * {@return tag {@code name} (short or full), a lightweight tag pointing at {@code branchOrCommit}}
     *
     * @param name the tag name, short or full
     * @param branchOrCommit a branch name (short or full) or a commit id
     * @throws ado.core.error.AdoConflictException if the server refused the ref update (the tag exists, say)
     * @throws AdoNotFoundException                if {@code branchOrCommit} names a missing branch, or the tag is
     *                                             gone again before it could be read back
     */
    public GitRef createTag(String name, String branchOrCommit) {
        return refWrites.createTag(name, branchOrCommit);
    }

    /**
     * {@return the annotated tag {@code name} created on {@code branchOrCommit} with {@code message}}
     *
     * @param name the tag name, short or full
     * @param branchOrCommit a branch name (short or full) or a commit id
     * @param message the tag message
     */
    public GitAnnotatedTag createAnnotatedTag(String name, String branchOrCommit, String message) {
        return AnnotatedTags.create(api(), GitAnnotatedTag.of(name, resolve(branchOrCommit), message));
    }

    /**
     * Deletes tag {@code name} (short or full).
     *
     * @param name the tag name, short or full
     * @throws AdoNotFoundException                if there is no such tag
     * @throws ado.core.error.AdoConflictException if the server refused the ref update (it moved meanwhile, say)
     */
    public void deleteTag(String name) {
        refWrites.deleteTag(name);
    }

    /** {@return how far each branch is ahead of and behind the default branch; one request} */
    public List<GitBranchStats> branchStats() {
        return Stats.branches(api(), null);
    }

    /**
     * {@return this repository as of {@code version}: files, items, file checks and history there; no request}
     *
     * @param version a branch, tag or commit, such as {@code GitVersionDescriptor.tag("v1.1")}
     */
    public RepositoryVersion at(GitVersionDescriptor version) {
        return new RepositoryVersion(this, version);
    }

    /**
     * {@return this repository as of {@code ref}, a full ref name (such as {@code refs/pull/42/merge}) or a commit
     * id} Branches, tags and commits need no request; any other ref is read once and its commit used.
     *
     * @param ref a full ref name or a commit id
     * @throws IllegalArgumentException if {@code ref} is neither a full ref name nor a commit id
     * @throws AdoNotFoundException     if {@code ref} is another ref that does not exist (naming it)
     */
    public RepositoryVersion atRef(String ref) {
        return RepositoryVersion.ofRef(this, ref);
    }

    /**
     * {@return the text (UTF-8) of file {@code path} at {@code branchOrCommit}, or empty if there is no such file}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @param branchOrCommit a branch name (short or full) or a commit id
     * @throws AdoNotFoundException if the branch or commit does not exist
     */
    public Optional<String> file(String path, String branchOrCommit) {
        return at(GitVersionDescriptor.branchOrCommit(branchOrCommit)).file(path);
    }

    /**
     * {@return the bytes of file {@code path} at {@code branchOrCommit}, or empty if there is no such file}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @param branchOrCommit a branch name (short or full) or a commit id
     * @throws AdoNotFoundException if the branch or commit does not exist
     */
    public Optional<byte[]> fileBytes(String path, String branchOrCommit) {
        return at(GitVersionDescriptor.branchOrCommit(branchOrCommit)).fileBytes(path);
    }

    /**
     * {@return the item at {@code path} on the default branch and, as {@code recursion} says, those below it}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @param recursion how deep to list
     */
    public List<GitItem> files(String path, RecursionLevel recursion) {
        return Items.list(api(), RepositoryPaths.normalise(path, "path"), recursion, null);
    }

    /**
     * {@return the item at {@code path} at {@code branchOrCommit} and, as {@code recursion} says, those below}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @param recursion how deep to list
     * @param branchOrCommit a branch name (short or full) or a commit id
     */
    public List<GitItem> files(String path, RecursionLevel recursion, String branchOrCommit) {
        return at(GitVersionDescriptor.branchOrCommit(branchOrCommit)).items(path, recursion);
    }

    /**
     * {@return commit {@code id}; no request}
     *
     * @param id the commit id, 40 hex digits
     */
    public Commit commit(String id) {
        return Commit.of(this, id);
    }

    /** {@return the commits reachable from the default branch, newest first, fetched lazily} */
    public Stream<Commit> commits() {
        return commits(GitCommitSearchCriteria.ALL);
    }

    /**
     * {@return the commits {@code criteria} selects, fetched lazily 100 at a time}
     *
     * @param criteria the search criteria
     */
    public Stream<Commit> commits(GitCommitSearchCriteria criteria) {
        return Commits.list(api(), criteria).map(c -> Commit.of(this, c));
    }

    /**
     * {@return the commits {@code criteria} selects, fetched lazily {@code pageSize} at a time}
     *
     * @param criteria the search criteria
     * @param pageSize the page size, positive
     */
    public Stream<Commit> commits(GitCommitSearchCriteria criteria, int pageSize) {
        return Commits.list(api(), criteria, pageSize).map(c -> Commit.of(this, c));
    }

    /**
     * {@return the changes from {@code base} to {@code target} (branch names or commit ids), fetched lazily; ADO
     * compares {@code target} with the merge base}
     *
     * @param base the base: a branch name or a commit id
     * @param target the target: a branch name or a commit id
     */
    public Stream<GitChange> diff(String base, String target) {
        return Diffs.commits(api(), GitVersionDescriptor.branchOrCommit(base),
                GitVersionDescriptor.branchOrCommit(target));
    }

    /**
     * {@return the new commit on {@code branch}, which must exist}
     *
     * @param branch the branch name, short or full
     * @param message the commit message
     * @param changes the file changes, applied in order
     * @see #commit(String, String, List, CommitOptions)
     */
    public Commit commit(String branch, String message, List<? extends FileChange> changes) {
        return commit(branch, message, changes, CommitOptions.defaults());
    }

    /**
     * {@return the new commit on {@code branch} with {@code changes}}: one commit pushed as
     * {@link #pushCommits pushCommits} pushes several, built on the head, atomic and never duplicated.
     *
     * @param branch the branch name, short or full
     * @param message the commit message
     * @param changes the file changes, applied in order
     * @param options where to create a missing branch from, or the head to expect
     * @throws ado.core.error.AdoConflictException  as {@link #pushCommits pushCommits}: the branch moved
     * @throws ado.core.error.AdoTransportException as {@link #pushCommits pushCommits}: twice without an answer
     * @throws AdoNotFoundException                 as {@link #pushCommits pushCommits}: no branch, or no file
     */
    public Commit commit(String branch, String message, List<? extends FileChange> changes, CommitOptions options) {
        Objects.requireNonNull(changes, "changes == null");
        return pushCommits(branch, List.of(new NewCommit(message, List.copyOf(changes))), options).get(0);
    }

    /**
     * {@return the new commits on {@code branch}, oldest first: several commits, each with its own message and
     * changes and each the parent of the next, in one push} It is built on the head read just before (or
     * {@code options}' expected head) and is atomic: if the branch moved meanwhile it is refused as a conflict and
     * none of the commits lands, so a concurrent update is never overwritten.
     *
     * <p><b>Never duplicated.</b> A push that fails without an answer may have landed: the branch is then read and
     * if it holds these commits (above the old head, with these messages and file contents) they are returned; if
     * it did not move the push is resent with the same old head (had the first landed, the second would be
     * refused). So a failure means the commits are certainly not on the branch and a retry never duplicates them,
     * except when more than {@value PushLanding#SEARCH_DEPTH} commits landed above the old head before the check:
     * then the original {@link ado.core.error.AdoTransportException} (outcome unknown) is rethrown.
     *
     * @param branch the branch name, short or full
     * @param commits the commits, oldest first; at least one
     * @param options where to create a missing branch from, or the head to expect
     * @throws ado.core.error.AdoConflictException  if the branch moved after it was read (nothing was changed;
     *                                              read again and retry if that is what you want)
     * @throws ado.core.error.AdoTransportException if the push failed twice without an answer and the branch does
     *                                              not hold the commits (nothing was changed)
     * @throws AdoNotFoundException                 if the branch does not exist and {@code options} does not say
     *                                              where to create it from (or names a missing branch), or a file
     *                                              to edit, delete or rename does not exist (nothing was changed)
     * @throws IllegalArgumentException             if {@code commits} is empty
     */
    public List<Commit> pushCommits(String branch, List<NewCommit> commits, CommitOptions options) {
        Branch target = branch(branch);
        return new PushLanding(this, target, commits).push(refWrites.pushBase(target, options));
    }

    /** {@return the commit id {@code branchOrCommit} stands for: itself, or the head of that branch} */
    String resolve(String branchOrCommit) {
        return refWrites.resolve(branchOrCommit);
    }

    // ---- pull requests (logic in RepositoryPullRequests) -------------------------------------------------------

    /**
     * {@return the new pull request from {@code source} into {@code target}} (branch names short or full:
     * {@code feature/x} and {@code refs/heads/feature/x} are the same branch, never a prefix match)
     *
     * @param title the title
     * @param source the source branch, short or full
     * @param target the target branch, short or full
     * @param description the description, or {@code null}
     * @throws ado.core.error.AdoConflictException if an active pull request for these branches exists
     */
    public PullRequest createPullRequest(String title, String source, String target, String description) {
        return RepositoryPullRequests.create(this, title, source, target, description);
    }

    /**
     * {@return pull request {@code id}; no request (its details load on first use)}
     *
     * @param id the pull request id, positive
     */
    public PullRequest pullRequest(int id) {
        return RepositoryPullRequests.byId(this, id);
    }

    /**
     * {@return the pull requests {@code criteria} selects, newest first, fetched lazily page by page}
     *
     * @param criteria the search criteria
     */
    public Stream<PullRequest> pullRequests(ado.model.git.PullRequestSearchCriteria criteria) {
        return RepositoryPullRequests.list(this, criteria);
    }

    /** {@return the cherry-picks, reverts and trial merges of this repository; no request} */
    public RepositoryOperations operations() {
        return new RepositoryOperations(this);
    }

    void offer(GitRepository value) {
        self.set(bindKeys(value));
    }

    private GitRepository bindKeys(GitRepository value) {
        return identities().bindIdAndName(this, "repository", project, value.id(), value.name(), value);
    }

    IdentityMap identities() {
        return project.identities();
    }

    /** {@return the Git permissions of this repository (and, through it, of its branches); no request} */
    public RepositoryPermissions permissions() {
        return new RepositoryPermissions(this, null);
    }

    // ---- branch policies (logic in RepositoryPolicies) --------------------------------------------------------------

    /** {@return the policies that apply to this repository (any branch)} */
    public List<Policy> policies() {
        return RepositoryPolicies.list(this, null);
    }

    /**
     * {@return the policies that apply to branch {@code branch} (short or full name)}
     *
     * @param branch the branch name, short or full
     */
    public List<Policy> policies(String branch) {
        return RepositoryPolicies.list(this, Objects.requireNonNull(branch, "branch == null"));
    }

    /**
     * {@return a new blocking policy: {@code count} approvals (the author's not counting) to complete into
     * {@code branch}}
     *
     * @param branch the branch name, short or full
     * @param count the minimum number of approving reviewers
     */
    public Policy requireReviewers(String branch, int count) {
        return RepositoryPolicies.reviewers(this, branch, count);
    }

    /**
     * {@return a new blocking policy: a succeeded build of {@code definitionId} to complete into {@code branch}}
     *
     * @param branch the branch name, short or full
     * @param definitionId the build definition (pipeline) that must succeed
     */
    public Policy requireBuild(String branch, int definitionId) {
        return RepositoryPolicies.build(this, branch, definitionId);
    }

    /**
     * {@return a new blocking policy: a linked work item to complete into {@code branch}}
     *
     * @param branch the branch name, short or full
     */
    public Policy requireLinkedWorkItems(String branch) {
        return RepositoryPolicies.linkedWorkItems(this, branch);
    }

    /**
     * {@return a new blocking policy: every comment thread resolved to complete into {@code branch}}
     *
     * @param branch the branch name, short or full
     */
    public Policy requireCommentResolution(String branch) {
        return RepositoryPolicies.commentResolution(this, branch);
    }

    @Override
    public String toString() {
        return "Repository[" + project.label() + "/" + self.label() + "]";
    }
}
