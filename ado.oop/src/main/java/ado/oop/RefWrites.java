package ado.oop;

import ado.core.error.AdoNotFoundException;
import ado.model.git.GitRef;
import ado.model.git.GitRefUpdate;
import ado.model.git.GitRefUpdateResult;
import ado.model.git.RefNames;
import ado.model.git.Refs;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Ref writes of one repository (branches and tags created and deleted) and what they share: resolving a branch or
 * commit argument, the typed failures for a missing branch or tag and for a ref update the server refused.
 */
final class RefWrites {

    private final Repository repository;

    RefWrites(Repository repository) {
        this.repository = repository;
    }

    Branch createBranch(String name, String fromBranchOrCommit) {
        Branch branch = repository.branch(name);
        String from = resolve(fromBranchOrCommit);
        update(GitRefUpdate.create(branch.fullName(), from));
        return branch;
    }

    void deleteBranch(String name) {
        Branch branch = repository.branch(name);
        GitRef ref = branch.ref().orElseThrow(() -> missingBranch(branch));
        update(GitRefUpdate.delete(branch.fullName(), ref.objectId()));
    }

    GitRef createTag(String name, String branchOrCommit) {
        String full = RefNames.tag(name);
        update(new GitRefUpdate(full, GitRefUpdate.ZERO_SHA, resolve(branchOrCommit), null));
        return Refs.find(repository.api(), full).orElseThrow(() -> ClientFailures.notFound(refsUri(), "Tag "
                + RefNames.shortName(full) + " of repository " + repository.name() + " was created but is gone "
                + "again."));
    }

    void deleteTag(String name) {
        String full = RefNames.tag(name);
        GitRef ref = Refs.find(repository.api(), full).orElseThrow(() -> ClientFailures.notFound(refsUri(), "Tag "
                + RefNames.shortName(full) + " does not exist in repository " + repository.name() + "."));
        deleteTag(full, ref.objectId());
    }

    /** Deletes tag {@code full} if it still holds {@code objectId}; else the server refuses: a conflict. */
    void deleteTag(String full, String objectId) {
        update(new GitRefUpdate(full, objectId, GitRefUpdate.ZERO_SHA, null));
    }

    /**
     * {@return the commit a push onto {@code target} builds on: {@code options}' expected head, else the branch's
     * head now, else (a missing branch) where {@code options} says to create it from}
     */
    String pushBase(Branch target, CommitOptions options) {
        java.util.Objects.requireNonNull(options, "options == null");
        return options.expectedHead().orElseGet(() -> target.ref().map(GitRef::objectId)
                .orElseGet(() -> options.createBranchFrom().map(this::resolve)
                        .orElseThrow(() -> missingBranch(target))));
    }

    /** {@return the commit id {@code branchOrCommit} stands for: itself, or the head of that branch} */
    String resolve(String branchOrCommit) {
        if (RefNames.isSha(branchOrCommit)) {
            return branchOrCommit.toLowerCase(Locale.ROOT);
        }
        Branch b = repository.branch(branchOrCommit);
        return b.ref().map(GitRef::objectId).orElseThrow(() -> missingBranch(b));
    }

    AdoNotFoundException missingBranch(Branch branch) {
        return ClientFailures.notFound(refsUri(), "Branch " + branch.name() + " does not exist in repository "
                + repository.label() + " of project " + repository.project().label()
                + (branch.name().equals(branch.fullName()) ? "" : " (" + branch.fullName() + ")") + ".");
    }

    private URI refsUri() {
        return repository.api().path("refs").uri();
    }

    /** Sends {@code update}; one the server answered but refused (200 with {@code success: false}) is a conflict. */
    private void update(GitRefUpdate update) {
        List<GitRefUpdateResult> results = Refs.update(repository.api(), List.of(update));
        results.stream().filter(r -> !r.success()).findFirst().ifPresent(r -> {
            throw ClientFailures.conflict("POST", refsUri(), "Ref update of " + update.name() + " in repository "
                    + repository.name() + " was refused: " + (r.customMessage() != null ? r.customMessage()
                    : r.updateStatus()) + ".");
        });
    }
}
