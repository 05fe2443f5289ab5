package ado.oop;

import ado.core.error.AdoConflictException;
import ado.core.error.AdoTransportException;
import ado.model.git.Commits;
import ado.model.git.Diffs;
import ado.model.git.GitCommitRef;
import ado.model.git.GitCommitSearchCriteria;
import ado.model.git.GitObjectType;
import ado.model.git.GitPush;
import ado.model.git.GitPushResult;
import ado.model.git.GitRef;
import ado.model.git.GitRefUpdate;
import ado.model.git.GitVersionDescriptor;
import ado.model.git.Pushes;
import ado.model.git.VersionControlChangeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pushes commits so that they are never duplicated: when the push fails without an answer (it may have landed:
 * {@link AdoTransportException}, of which {@code AdoOutcomeUnknownException} is one), the branch is read to find
 * out.
 *
 * <p>A push is a compare-and-swap from {@code old}, atomic over all its commits: at most one push built on
 * {@code old} can land, and it lands whole. So the commits landed exactly when the branch's first-parent history
 * holds, as the child of {@code old} and then each the child of the one before, commits with these messages and
 * changes (each added or edited file's blob id is computed from its bytes as Git does and compared with the stored
 * one). Then those commits are returned. If the branch still points at {@code old} (or, when the push creates the
 * branch, does not exist), the push certainly did not land and is sent once more with the same {@code old}; if the
 * branch moved to someone else's commits, it certainly did not land either and the failure is the conflict a plain
 * push would have met.
 */
final class PushLanding {

    /** How many commits above {@code old} the check reads at most. */
    static final int SEARCH_DEPTH = 200;

    private final Repository repository;
    private final Branch branch;
    private final List<NewCommit> commits;

    PushLanding(Repository repository, Branch branch, List<NewCommit> commits) {
        this.repository = repository;
        this.branch = branch;
        this.commits = List.copyOf(java.util.Objects.requireNonNull(commits, "commits == null"));
        if (this.commits.isEmpty()) {
            throw new IllegalArgumentException("commits must not be empty");
        }
    }

    /**
     * {@return the commits the push built on {@code old} created, oldest first, or, after a lost answer, those
     * found on the branch}
     */
    List<Commit> push(String old) {
        GitPush push = GitPush.of(branch.fullName(), old, commits.stream().map(NewCommit::toGitCommit).toList());
        AdoTransportException first = null;
        for (int attempt = 1; ; attempt++) {
            try {
                GitPushResult result = Pushes.create(repository.api(), push);
                if (result.refUpdates() == null || result.refUpdates().isEmpty()) {
                    throw ClientFailures.unexpectedAnswer("the ref update of the push to " + branch.fullName());
                }
                return pushed(result, result.refUpdates().get(0).newObjectId());
            } catch (AdoTransportException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
                Optional<List<Commit>> landed = landed(first, old);
                if (landed.isPresent()) {
                    return landed.get();
                }
                if (attempt == 2) {
                    throw new AdoTransportException("The " + (commits.size() == 1 ? "commit was" : "commits were")
                            + " not pushed to " + branch.fullName() + " of " + repository.name() + " (twice without "
                            + "an answer; the branch was read after each and does not hold it, so trying again is "
                            + "safe): " + e.getMessage(), first);
                }
            } catch (AdoConflictException e) {
                if (first == null) {
                    throw e;                         // the first push was refused: nothing landed
                }
                Optional<List<Commit>> landed = landed(first, old);  // the resend was refused: did the first land late?
                if (landed.isPresent()) {
                    return landed.get();
                }
                e.addSuppressed(first);
                throw e;
            }
        }
    }

    /** {@return the pushed commits, oldest first: from {@code head} back along first parents} */
    private List<Commit> pushed(GitPushResult result, String head) {
        Map<String, GitCommitRef> answered = new HashMap<>();
        result.commits().forEach(c -> answered.putIfAbsent(c.commitId(), c));
        Commit[] out = new Commit[commits.size()];
        String id = head;
        for (int i = out.length - 1; i >= 0; i--) {
            GitCommitRef ref = answered.get(id);
            Commit commit = ref != null ? Commit.of(repository, ref) : repository.commit(id);
            out[i] = commit;
            if (i > 0) {
                List<String> parents = ref != null && !ref.parents().isEmpty() ? ref.parents()
                        : commit.info().parents();
                if (parents.isEmpty()) {
                    throw ClientFailures.unexpectedAnswer("the parent of pushed commit " + id);
                }
                id = parents.get(0);
            }
        }
        return List.of(out);
    }

    /**
     * {@return the commits if they are on the branch; empty if the branch is still at {@code old}}
     *
     * @throws AdoConflictException if the branch moved to another writer's commit (this push did not land)
     */
    private Optional<List<Commit>> landed(AdoTransportException cause, String old) {
        Optional<String> head = branch.ref().map(GitRef::objectId);
        if (head.isEmpty() || head.get().equals(old)) {
            return Optional.empty();
        }
        var criteria = GitCommitSearchCriteria.from(GitVersionDescriptor.branch(branch.fullName()));
        if (!old.equals(GitRefUpdate.ZERO_SHA)) {
            criteria = criteria.withCompareVersion(GitVersionDescriptor.commit(old));
        }
        Map<String, GitCommitRef> above = new HashMap<>();
        Commits.list(repository.api(), criteria).limit(SEARCH_DEPTH).forEach(c -> above.put(c.commitId(), c));
        List<GitCommitRef> chain = new ArrayList<>();          // from the head down to the child of old
        boolean reached = false;
        for (GitCommitRef c = above.get(head.get()); c != null; ) {
            chain.add(c);
            List<String> parents = c.parents().isEmpty()       // lists may leave parents out
                    ? Commits.get(repository.api(), c.commitId()).parents() : c.parents();
            String parent = parents.isEmpty() ? GitRefUpdate.ZERO_SHA : parents.get(0);
            if (parent.equals(old)) {
                reached = true;
                break;
            }
            c = above.get(parent);
        }
        Collections.reverse(chain);                             // now from the child of old upwards
        if (reached && chain.size() >= commits.size() && areThese(chain.subList(0, commits.size()), old)) {
            return Optional.of(chain.subList(0, commits.size()).stream().map(c -> repository.commit(c.commitId()))
                    .toList());
        }
        if (!reached && above.size() >= SEARCH_DEPTH) {
            throw cause;                          // too far to tell: the outcome stays unknown
        }
        AdoConflictException conflict = ClientFailures.conflict("POST", repository.api().uri(), "Branch "
                + branch.fullName() + " of repository " + repository.name() + " moved from " + old
                + " to another writer's commit; this push was not applied. Read the branch again and retry if "
                + "that is what you want.");
        conflict.addSuppressed(cause);
        throw conflict;
    }

    /** {@return whether {@code candidates} (the child of {@code old} first) are the commits of this push} */
    private boolean areThese(List<GitCommitRef> candidates, String old) {
        String parent = old;
        for (int i = 0; i < candidates.size(); i++) {
            if (!isThisCommit(candidates.get(i), parent, commits.get(i))) {
                return false;
            }
            parent = candidates.get(i).commitId();
        }
        return true;
    }

    private boolean isThisCommit(GitCommitRef candidate, String parent, NewCommit expected) {
        GitCommitRef full = Boolean.TRUE.equals(candidate.commentTruncated()) || candidate.comment() == null
                ? Commits.get(repository.api(), candidate.commitId()) : candidate;
        if (full.comment() == null || !expected.message().stripTrailing().equals(full.comment().stripTrailing())) {
            return false;
        }
        if (parent.equals(GitRefUpdate.ZERO_SHA)) {
            return true;                          // a first commit: only one can start this history
        }
        Map<String, String> stored = new HashMap<>();
        Diffs.commits(repository.api(), GitVersionDescriptor.commit(parent),
                        GitVersionDescriptor.commit(candidate.commitId()))
                .filter(c -> c.item() != null && c.item().gitObjectType() != GitObjectType.TREE
                        && !Boolean.TRUE.equals(c.item().isFolder()))
                .forEach(c -> stored.put(c.item().path(), c.changeType() == VersionControlChangeType.DELETE
                        ? "deleted" : String.valueOf(c.item().objectId())));
        Map<String, String> wanted = new HashMap<>();
        for (FileChange change : expected.changes()) {
            if (change instanceof AddFile a) {
                wanted.put(a.path(), blobId(a.content().bytes()));
            } else if (change instanceof EditFile e) {
                wanted.put(e.path(), blobId(e.content().bytes()));
            } else if (change instanceof DeleteFile d) {
                wanted.put(d.path(), "deleted");
            } else if (change instanceof RenameFile r) {
                wanted.put(r.path(), stored.getOrDefault(r.path(), "renamed"));
                stored.remove(r.from());             // a diff may show a rename as a delete of the old path
            }
        }
        return stored.equals(wanted);
    }

    /** {@return the Git blob id of {@code bytes}: SHA-1 of {@code "blob <length>\0"} and the bytes} */
    static String blobId(byte[] bytes) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
