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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pushes one commit so that it is never duplicated: when the push fails without an answer (it may have landed:
 * {@link AdoTransportException}, of which {@code AdoOutcomeUnknownException} is one), the branch is read to find
 * out.
 *
 * <p>A push is a compare-and-swap from {@code old}: at most one push built on {@code old} can land. So the commit
 * landed exactly when the branch's first-parent history holds, as the child of {@code old}, a commit with this
 * commit's message and changes (each added or edited file's blob id is computed from its bytes as Git does and
 * compared with the stored one). Then that commit is returned. If the branch still points at {@code old} (or, when
 * the push creates the branch, does not exist), the push certainly did not land and is sent once more with the
 * same {@code old}; if the branch moved to someone else's commit, it certainly did not land either and the failure
 * is the conflict a plain push would have met.
 */
final class PushLanding {

    /** How many commits above {@code old} the check reads at most. */
    static final int SEARCH_DEPTH = 200;

    private final Repository repository;
    private final Branch branch;
    private final String old;
    private final String message;
    private final List<? extends FileChange> changes;

    PushLanding(Repository repository, Branch branch, String old, String message, List<? extends FileChange> changes) {
        this.repository = repository;
        this.branch = branch;
        this.old = old;
        this.message = message;
        this.changes = changes;
    }

    /** {@return the commit the push created or, after a lost answer, the one found on the branch} */
    Commit push(GitPush push) {
        AdoTransportException first = null;
        for (int attempt = 1; ; attempt++) {
            try {
                GitPushResult result = Pushes.create(repository.api(), push);
                if (result.refUpdates() == null || result.refUpdates().isEmpty()) {
                    throw ClientFailures.unexpectedAnswer("the ref update of the push to " + branch.fullName());
                }
                String head = result.refUpdates().get(0).newObjectId();
                return result.commits().stream().filter(c -> c.commitId().equals(head)).findFirst()
                        .map(repository::commit).orElseGet(() -> repository.commit(head));
            } catch (AdoTransportException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
                Optional<Commit> landed = landed(first);
                if (landed.isPresent()) {
                    return landed.get();
                }
                if (attempt == 2) {
                    throw new AdoTransportException("The commit was not pushed to " + branch.fullName() + " of "
                            + repository.name() + " (twice without an answer; the branch was read after each and "
                            + "does not hold it, so trying again is safe): " + e.getMessage(), first);
                }
            } catch (AdoConflictException e) {
                if (first == null) {
                    throw e;                         // the first push was refused: nothing landed
                }
                Optional<Commit> landed = landed(first);  // the resend was refused: did the first land late?
                if (landed.isPresent()) {
                    return landed.get();
                }
                e.addSuppressed(first);
                throw e;
            }
        }
    }

    /**
     * {@return the commit if it is on the branch; empty if the branch is still at {@code old}}
     *
     * @throws AdoConflictException if the branch moved to another writer's commit (this push did not land)
     */
    private Optional<Commit> landed(AdoTransportException cause) {
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
        GitCommitRef child = null;
        for (GitCommitRef c = above.get(head.get()); c != null; ) {
            List<String> parents = c.parents().isEmpty()       // lists may leave parents out
                    ? Commits.get(repository.api(), c.commitId()).parents() : c.parents();
            String parent = parents.isEmpty() ? GitRefUpdate.ZERO_SHA : parents.get(0);
            if (parent.equals(old)) {
                child = c;
                break;
            }
            c = above.get(parent);
        }
        if (child != null && isThisCommit(child)) {
            Commit found = repository.commit(child.commitId());
            return Optional.of(found);
        }
        if (child == null && above.size() >= SEARCH_DEPTH) {
            throw cause;                          // too far to tell: the outcome stays unknown
        }
        AdoConflictException conflict = ClientFailures.conflict("POST", repository.api().uri(), "Branch "
                + branch.fullName() + " of repository " + repository.name() + " moved from " + old
                + " to another writer's commit; this commit was not pushed. Read the branch again and retry if "
                + "that is what you want.");
        conflict.addSuppressed(cause);
        throw conflict;
    }

    private boolean isThisCommit(GitCommitRef candidate) {
        GitCommitRef full = Boolean.TRUE.equals(candidate.commentTruncated()) || candidate.comment() == null
                ? Commits.get(repository.api(), candidate.commitId()) : candidate;
        if (full.comment() == null || !message.stripTrailing().equals(full.comment().stripTrailing())) {
            return false;
        }
        if (old.equals(GitRefUpdate.ZERO_SHA)) {
            return true;                          // a first commit: only one can start this history
        }
        Map<String, String> stored = new HashMap<>();
        Diffs.commits(repository.api(), GitVersionDescriptor.commit(old),
                        GitVersionDescriptor.commit(candidate.commitId()))
                .filter(c -> c.item() != null && c.item().gitObjectType() != GitObjectType.TREE
                        && !Boolean.TRUE.equals(c.item().isFolder()))
                .forEach(c -> stored.put(c.item().path(), c.changeType() == VersionControlChangeType.DELETE
                        ? "deleted" : String.valueOf(c.item().objectId())));
        Map<String, String> expected = new HashMap<>();
        for (FileChange change : changes) {
            if (change instanceof AddFile a) {
                expected.put(a.path(), blobId(a.content().bytes()));
            } else if (change instanceof EditFile e) {
                expected.put(e.path(), blobId(e.content().bytes()));
            } else if (change instanceof DeleteFile d) {
                expected.put(d.path(), "deleted");
            } else if (change instanceof RenameFile r) {
                expected.put(r.path(), stored.getOrDefault(r.path(), "renamed"));
                stored.remove(r.from());             // a diff may show a rename as a delete of the old path
            }
        }
        return stored.equals(expected);
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
