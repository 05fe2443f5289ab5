package ado.emulator;

import ado.emulator.internal.git.GeneratedHistory;
import ado.emulator.internal.git.ObjectId;
import ado.emulator.internal.git.Ref;
import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.git.Repository;
import ado.emulator.internal.git.Signature;
import ado.emulator.internal.git.Tree;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.time.Instant;
import java.util.Optional;

/** Direct access to the emulator's Git repositories, for setting up tests without HTTP. */
public final class EmulatorGit {

    private final OrgStore org;
    private final RepoStore repos;

    EmulatorGit(OrgStore org, RepoStore repos) {
        this.org = org;
        this.repos = repos;
    }

    /**
     * Creates an empty repository and returns its id.
     *
     * @param project the project's name or id
     * @param name the repository's name
     * @return the new repository's id (a GUID)
     * @throws IllegalArgumentException if the project does not exist or already has a repository of that name
     */
    public String createRepository(String project, String name) {
        Project p = project(project);
        try {
            return repos.create(org.idFor("repository", p.name() + "/" + name), name, p.id()).id().toString();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot create repository " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds {@code commits} generated commits to branch {@code main} of the repository (created when missing) and
     * returns the new head's id. Commit {@code i} sets {@code /history.txt} to {@code "commit i\n"}; commits are
     * kept as 20 bytes each and synthesised on demand, so 100,000 of them cost about 3 MB.
     *
     * @param project the project's name or id
     * @param repository the repository's name
     * @param commits how many commits to add
     * @return the new head's object id, 40 hex digits
     */
    public String generateHistory(String project, String repository, int commits) {
        Project p = project(project);
        Repository repo = repos.inProject(p.id()).stream().filter(r -> r.name().equalsIgnoreCase(repository))
                .findFirst().orElseGet(() -> repos.find(p.id(), createRepository(project, repository)));
        return repo.locked(() -> {
            String branch = repo.defaultBranch().orElse("refs/heads/main");
            ObjectId base = repo.ref(branch).map(Ref::objectId).orElse(null);
            Tree baseTree = base == null ? Tree.EMPTY : repo.objects().commit(base)
                    .flatMap(c -> repo.objects().tree(c.tree())).orElse(Tree.EMPTY);
            var me = org.me();
            Instant start = base == null ? Instant.parse("2020-01-01T00:00:00Z")
                    : repo.objects().commit(base).orElseThrow().committer().when().plusSeconds(60);
            var history = new GeneratedHistory(base, baseTree, Signature.utc(me.displayName(), me.uniqueName(), start),
                    commits);
            repo.objects().add(history);
            repo.setRef(branch, history.head(), me.id());
            return history.head().hex();
        });
    }

    /**
     * {@return the object id ref {@code refName} (such as {@code refs/heads/main}) points at}
     *
     * @param project the project's name or id
     * @param repository the repository's name or id
     * @param refName the full ref name
     */
    public Optional<String> ref(String project, String repository, String refName) {
        return repos.find(project(project).id(), repository).ref(refName).map(r -> r.objectId().hex());
    }

    /**
     * {@return the id of repository {@code name} of {@code project}}
     *
     * @param project the project's name or id
     * @param name the repository's name
     */
    public String repositoryId(String project, String name) {
        return repos.find(project(project).id(), name).id().toString();
    }

    /**
     * Makes merges, cherry-picks and reverts ({@code .../merges}, {@code .../cherryPicks}, {@code .../reverts}) take
     * {@code duration} of the emulator's clock, as ADO runs them asynchronously: the create answers {@code queued},
     * a read answers {@code inProgress} once the clock moved, and the first read at or after {@code duration} runs
     * the operation against the repository as it is then and answers its outcome. Zero (the default) finishes them
     * before the create answers. Applies to operations created afterwards.
     *
     * @param duration how long they run, zero or positive
     * @return this
     * @throws NullPointerException     if {@code duration} is null
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public EmulatorGit operationDuration(java.time.Duration duration) {
        java.util.Objects.requireNonNull(duration, "duration == null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        repos.operationDuration(duration);
        return this;
    }

    private Project project(String nameOrId) {
        return org.findProject(nameOrId)
                .orElseThrow(() -> new IllegalArgumentException("no such project: " + nameOrId));
    }
}
