package ado.emulator.internal.git;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A completed push: its id, time, pusher, ref changes and the commits it created (oldest first). */
public record PushRecord(int pushId, Instant date, UUID pushedBy, List<RefChange> refUpdates, List<Commit> commits) {

    /** One ref moved by a push. */
    public record RefChange(String name, ObjectId oldObjectId, ObjectId newObjectId) {
    }

    /** Copies the lists. */
    public PushRecord {
        refUpdates = List.copyOf(refUpdates);
        commits = List.copyOf(commits);
    }
}
