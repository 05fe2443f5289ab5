package ado.emulator.internal.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A tree flattened to file paths (without a leading slash), for editing; {@link #write} builds trees again. */
public final class FlatTree {

    private final TreeMap<String, TreeEntry> files = new TreeMap<>();

    private FlatTree() {
    }

    /** {@return the files of tree {@code root} (or none when {@code root} is {@code null})} */
    public static FlatTree of(ObjectDb db, ObjectId root) {
        var flat = new FlatTree();
        if (root != null) {
            flat.collect(db, root, "");
        }
        return flat;
    }

    private void collect(ObjectDb db, ObjectId treeId, String prefix) {
        Tree tree = db.tree(treeId).orElseThrow(() -> new IllegalStateException("missing tree " + treeId));
        for (TreeEntry e : tree.entries()) {
            if (e.isFolder()) {
                collect(db, e.id(), prefix + e.name() + "/");
            } else {
                files.put(prefix + e.name(), e);
            }
        }
    }

    /** {@return whether a file exists at {@code path}} */
    public boolean hasFile(String path) {
        return files.containsKey(path);
    }

    /** {@return whether {@code path} is a folder (some file lies below it)} */
    public boolean hasFolder(String path) {
        String prefix = path + "/";
        String next = files.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }

    /** {@return the entry of the file at {@code path}, or {@code null}} */
    public TreeEntry file(String path) {
        return files.get(path);
    }

    /** {@return the files below folder {@code path} ("" for all), keyed by full path} */
    public SortedMap<String, TreeEntry> filesUnder(String path) {
        if (path.isEmpty()) {
            return files;
        }
        return files.subMap(path + "/", path + "/\uffff");
    }

    /** Sets the file at {@code path}. */
    public void put(String path, ObjectId blob, String mode) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        files.put(path, new TreeEntry(mode, name, blob));
    }

    /** Removes the file at {@code path}. */
    public void remove(String path) {
        files.remove(path);
    }

    /** Writes the trees into {@code db} and returns the root tree's id. */
    public ObjectId write(ObjectDb db) {
        return write(db, files);
    }

    private static ObjectId write(ObjectDb db, Map<String, TreeEntry> level) {
        var entries = new ArrayList<TreeEntry>();
        var folders = new TreeMap<String, TreeMap<String, TreeEntry>>();
        level.forEach((path, entry) -> {
            int slash = path.indexOf('/');
            if (slash < 0) {
                entries.add(entry);
            } else {
                folders.computeIfAbsent(path.substring(0, slash), k -> new TreeMap<>())
                        .put(path.substring(slash + 1), entry);
            }
        });
        folders.forEach((name, sub) -> entries.add(new TreeEntry(TreeEntry.FOLDER, name, write(db, sub))));
        return db.put(new Tree(List.copyOf(entries)));
    }
}
