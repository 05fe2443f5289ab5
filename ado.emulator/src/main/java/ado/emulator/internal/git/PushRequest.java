package ado.emulator.internal.git;

import java.util.List;
import java.util.Objects;

/** A push as ADO takes it: ref updates naming the expected old object, and new commits. */
public record PushRequest(List<RefUpdate> refUpdates, List<NewCommit> commits) {

    /** A ref to move; {@code oldObjectId} is what the client believes the ref points at (zero: absent). */
    public record RefUpdate(String name, ObjectId oldObjectId) {
        /** Checks the fields. */
        public RefUpdate {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(oldObjectId, "oldObjectId == null");
        }
    }

    /**
     * A commit to create; {@code parents}, {@code author} and {@code committer} may be {@code null} for the
     * defaults (the previous commit, the pushing user).
     */
    public record NewCommit(String comment, List<ObjectId> parents, Signature author, Signature committer,
                            List<Change> changes) {
        /** Checks the fields. */
        public NewCommit {
            Objects.requireNonNull(comment, "comment == null");
            changes = List.copyOf(changes);
        }
    }

    /** Copies the lists. */
    public PushRequest {
        refUpdates = List.copyOf(refUpdates);
        commits = List.copyOf(commits);
    }
}
