package ado.emulator.internal.git;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * A repository's object database: stored objects, plus generated histories whose commits (and their trees and
 * blobs) are synthesised on demand. Synthesised objects are kept in a small LRU cache so that the usual walk
 * commit → tree → blob finds them. Thread-safe.
 */
public final class ObjectDb {

    private final Map<ObjectId, GitObject> objects = new ConcurrentHashMap<>();
    private final List<GeneratedHistory> generated = new CopyOnWriteArrayList<>();
    private final Map<ObjectId, GitObject> recent = new LinkedHashMap<>(512, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<ObjectId, GitObject> eldest) {
            return size() > 4096;
        }
    };

    /** Stores {@code object} and returns its id. */
    public ObjectId put(GitObject object) {
        objects.putIfAbsent(object.id(), object);
        return object.id();
    }

    /** Adds a generated history. */
    public void add(GeneratedHistory history) {
        generated.add(history);
    }

    /** {@return the object called {@code id}} */
    public Optional<GitObject> find(ObjectId id) {
        GitObject o = objects.get(id);
        if (o != null) {
            return Optional.of(o);
        }
        synchronized (recent) {
            o = recent.get(id);
        }
        if (o != null) {
            return Optional.of(o);
        }
        for (GeneratedHistory h : generated) {
            int index = h.indexOf(id);
            if (index >= 0) {
                Commit c = h.commit(index);
                cache(c);
                cache(h.tree(index));
                cache(h.blob(index));
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@return the position of {@code id} in a generated history, or empty when it is a stored object} */
    public Optional<GeneratedHistory.Position> generatedPosition(ObjectId id) {
        for (GeneratedHistory h : generated) {
            int index = h.indexOf(id);
            if (index >= 0) {
                return Optional.of(new GeneratedHistory.Position(h, index));
            }
        }
        return Optional.empty();
    }

    /** {@return the commit {@code id}, if it exists and is a commit} */
    public Optional<Commit> commit(ObjectId id) {
        return find(id).filter(Commit.class::isInstance).map(Commit.class::cast);
    }

    /** {@return the tree {@code id}, if it exists and is a tree} */
    public Optional<Tree> tree(ObjectId id) {
        return find(id).filter(Tree.class::isInstance).map(Tree.class::cast);
    }

    /** {@return the blob {@code id}, if it exists and is a blob} */
    public Optional<Blob> blob(ObjectId id) {
        return find(id).filter(Blob.class::isInstance).map(Blob.class::cast);
    }

    private void cache(GitObject o) {
        synchronized (recent) {
            recent.put(o.id(), o);
        }
    }
}
