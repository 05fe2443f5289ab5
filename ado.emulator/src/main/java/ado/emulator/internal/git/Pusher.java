package ado.emulator.internal.git;

import ado.emulator.internal.http.AdoError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies pushes and ref updates atomically: every ref's expected old value is checked and every ref moved while
 * holding the repository lock, so a stale push changes nothing and, of two pushes from the same old value, exactly
 * one wins.
 */
public final class Pusher {

    private final Clock clock;

    /** Creates the pusher. */
    public Pusher(Clock clock) {
        this.clock = clock;
    }

    /** Applies {@code request} as {@code pusher}, whose signature is the default author. */
    public PushRecord push(Repository repo, PushRequest request, UUID pusher, Signature defaultSignature) {
        if (request.refUpdates().size() != 1) {
            throw AdoError.badRequest("A push must contain exactly one ref update; it has "
                    + request.refUpdates().size() + ".");
        }
        PushRequest.RefUpdate update = request.refUpdates().get(0);
        Refs.checkName(update.name());
        return repo.locked(() -> {
            ObjectId current = repo.ref(update.name()).map(Ref::objectId).orElse(null);
            ObjectId parent;
            if (current != null) {
                if (!current.equals(update.oldObjectId())) {
                    throw AdoError.staleRef(update.name());
                }
                parent = current;
            } else if (update.oldObjectId().isZero()) {
                parent = null;
            } else {
                parent = update.oldObjectId();
                if (repo.objects().commit(parent).isEmpty()) {
                    throw AdoError.unresolvable("<Commit: " + parent + " >", repo.name());
                }
            }
            var created = new ArrayList<Commit>();
            for (PushRequest.NewCommit nc : request.commits()) {
                Commit c = commit(repo, nc, parent, defaultSignature);
                created.add(c);
                parent = c.id();
            }
            if (parent == null) {
                throw AdoError.badRequest("A push that creates a branch from nothing must contain a commit.");
            }
            repo.setRef(update.name(), parent, pusher);
            ObjectId old = current == null ? ObjectId.ZERO : current;
            return repo.recordPush(clock.instant(), pusher,
                    List.of(new PushRecord.RefChange(update.name(), old, parent)), created);
        });
    }

    private Commit commit(Repository repo, PushRequest.NewCommit nc, ObjectId previous, Signature defaultSig) {
        ObjectDb db = repo.objects();
        List<ObjectId> parents = nc.parents() != null ? nc.parents()
                : previous == null ? List.of() : List.of(previous);
        for (ObjectId p : parents) {
            if (db.commit(p).isEmpty()) {
                throw AdoError.unresolvable("<Commit: " + p + " >", repo.name());
            }
        }
        ObjectId baseTree = parents.isEmpty() ? null : db.commit(parents.get(0)).orElseThrow().tree();
        FlatTree files = FlatTree.of(db, baseTree);
        for (Change change : nc.changes()) {
            apply(db, files, change);
        }
        Signature now = Signature.utc(defaultSig.name(), defaultSig.email(), clock.instant());
        Signature author = nc.author() != null ? nc.author() : now;
        Signature committer = nc.committer() != null ? nc.committer() : now;
        String message = nc.comment().endsWith("\n") ? nc.comment() : nc.comment() + "\n";
        Commit commit = new Commit(files.write(db), parents, author, committer, message);
        db.put(commit);
        return commit;
    }

    private static void apply(ObjectDb db, FlatTree files, Change change) {
        String path = Paths.normalise(change.path());
        if (change instanceof Change.Add add) {
            if (files.hasFile(path) || files.hasFolder(path)) {
                throw AdoError.pathExists("/" + path);
            }
            files.put(path, db.put(new Blob(add.content())), TreeEntry.FILE);
        } else if (change instanceof Change.Edit edit) {
            TreeEntry old = files.file(path);
            if (old == null) {
                throw AdoError.pathMissing("/" + path, "edit");
            }
            files.put(path, db.put(new Blob(edit.content())), old.mode());
        } else if (change instanceof Change.Delete) {
            if (files.hasFile(path)) {
                files.remove(path);
            } else if (files.hasFolder(path)) {
                new ArrayList<>(files.filesUnder(path).keySet()).forEach(files::remove);
            } else {
                throw AdoError.pathMissing("/" + path, "delete");
            }
        } else if (change instanceof Change.Rename rename) {
            String source = Paths.normalise(rename.source());
            TreeEntry old = files.file(source);
            if (old == null) {
                throw AdoError.pathMissing("/" + source, "rename");
            }
            if (files.hasFile(path) || files.hasFolder(path)) {
                throw AdoError.pathExists("/" + path);
            }
            files.remove(source);
            files.put(path, old.id(), old.mode());
        }
    }
}
