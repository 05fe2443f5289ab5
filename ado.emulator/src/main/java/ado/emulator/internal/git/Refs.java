package ado.emulator.internal.git;

import ado.emulator.internal.http.AdoError;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Ref names and the refs update operation ({@code POST .../refs}), which reports a status per ref. */
public final class Refs {

    private Refs() {
    }

    /** The outcome of one ref update, with ADO's {@code GitRefUpdateStatus} name. */
    public record Result(String name, ObjectId oldObjectId, ObjectId newObjectId, boolean success,
                         String updateStatus) {
    }

    /** A requested ref update. */
    public record Update(String name, ObjectId oldObjectId, ObjectId newObjectId) {
    }

    /** Throws 400 unless {@code name} is a full ref name Git accepts. */
    public static void checkName(String name) {
        if (!validName(name)) {
            throw AdoError.badRequest("TF401025: '" + name + "' is not a valid name for a Git ref.");
        }
    }

    static boolean validName(String name) {
        return name != null && name.startsWith("refs/") && name.length() > 5 && !name.endsWith("/")
                && !name.contains("//") && !name.contains("..") && !name.endsWith(".lock")
                && name.chars().noneMatch(c -> c < 0x20 || " ~^:?*[\\".indexOf(c) >= 0);
    }

    /**
     * Applies each update on its own (ADO's refs update is not atomic): a ref moves only when it currently points at
     * {@code oldObjectId} (zero: absent); a zero {@code newObjectId} deletes it.
     */
    public static List<Result> update(Repository repo, List<Update> updates, UUID creator) {
        return repo.locked(() -> {
            var results = new ArrayList<Result>();
            for (Update u : updates) {
                results.add(one(repo, u, creator));
            }
            return results;
        });
    }

    private static Result one(Repository repo, Update u, UUID creator) {
        if (!validName(u.name())) {
            return new Result(u.name(), u.oldObjectId(), u.newObjectId(), false, "invalidRefName");
        }
        ObjectId current = repo.ref(u.name()).map(Ref::objectId).orElse(ObjectId.ZERO);
        if (!current.equals(u.oldObjectId())) {
            return new Result(u.name(), u.oldObjectId(), u.newObjectId(), false, "staleOldObjectId");
        }
        if (u.newObjectId().isZero()) {
            if (current.isZero()) {
                return new Result(u.name(), u.oldObjectId(), u.newObjectId(), false, "staleOldObjectId");
            }
            repo.deleteRef(u.name());
            return new Result(u.name(), u.oldObjectId(), u.newObjectId(), true, "succeeded");
        }
        var target = repo.objects().find(u.newObjectId());
        boolean isBranch = u.name().startsWith("refs/heads/");
        if (target.isEmpty() || isBranch && !(target.get() instanceof Commit)) {
            return new Result(u.name(), u.oldObjectId(), u.newObjectId(), false, "unresolvableToCommit");
        }
        if (conflicts(repo, u.name())) {
            return new Result(u.name(), u.oldObjectId(), u.newObjectId(), false, "refNameConflict");
        }
        repo.setRef(u.name(), u.newObjectId(), creator);
        return new Result(u.name(), u.oldObjectId(), u.newObjectId(), true, "succeeded");
    }

    private static boolean conflicts(Repository repo, String name) {
        return repo.refs().stream().map(Ref::name).filter(n -> !n.equals(name))
                .anyMatch(n -> n.startsWith(name + "/") || name.startsWith(n + "/"));
    }
}
