package ado.emulator.internal.git;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Differences between two trees, folders included, ordered by path. */
public final class TreeDiff {

    /** One changed item: ADO change type (add, edit, delete), path with a leading slash, and object ids. */
    public record Entry(String changeType, String path, boolean folder, ObjectId objectId, ObjectId originalObjectId) {
    }

    private TreeDiff() {
    }

    /** {@return the changes from tree {@code from} (may be {@code null}: empty) to tree {@code to}} */
    public static List<Entry> between(ObjectDb db, ObjectId from, ObjectId to) {
        var out = new ArrayList<Entry>();
        compare(db, from, to, "", out);
        out.sort(java.util.Comparator.comparing(Entry::path));
        return out;
    }

    /** {@return how many changes of each type ({@code Add}, {@code Edit}, {@code Delete}) {@code entries} holds} */
    public static Map<String, Integer> counts(List<Entry> entries, boolean filesOnly) {
        var counts = new LinkedHashMap<String, Integer>();
        for (Entry e : entries) {
            if (!filesOnly || !e.folder()) {
                String key = Character.toUpperCase(e.changeType().charAt(0)) + e.changeType().substring(1);
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void compare(ObjectDb db, ObjectId from, ObjectId to, String prefix, List<Entry> out) {
        Map<String, TreeEntry> a = entries(db, from);
        Map<String, TreeEntry> b = entries(db, to);
        for (TreeEntry old : a.values()) {
            TreeEntry now = b.get(old.name());
            String path = prefix + "/" + old.name();
            if (now == null || now.isFolder() != old.isFolder()) {
                removed(db, old, path, out);
                if (now != null) {
                    added(db, now, path, out);
                }
            } else if (!now.id().equals(old.id())) {
                out.add(new Entry("edit", path, now.isFolder(), now.id(), old.id()));
                if (now.isFolder()) {
                    compare(db, old.id(), now.id(), path, out);
                }
            }
        }
        for (TreeEntry now : b.values()) {
            if (!a.containsKey(now.name())) {
                added(db, now, prefix + "/" + now.name(), out);
            }
        }
    }

    private static void added(ObjectDb db, TreeEntry e, String path, List<Entry> out) {
        out.add(new Entry("add", path, e.isFolder(), e.id(), null));
        if (e.isFolder()) {
            entries(db, e.id()).values().forEach(child -> added(db, child, path + "/" + child.name(), out));
        }
    }

    private static void removed(ObjectDb db, TreeEntry e, String path, List<Entry> out) {
        out.add(new Entry("delete", path, e.isFolder(), null, e.id()));
        if (e.isFolder()) {
            entries(db, e.id()).values().forEach(child -> removed(db, child, path + "/" + child.name(), out));
        }
    }

    private static Map<String, TreeEntry> entries(ObjectDb db, ObjectId tree) {
        var map = new LinkedHashMap<String, TreeEntry>();
        if (tree != null) {
            db.tree(tree).orElseThrow(() -> new IllegalStateException("missing tree " + tree)).entries()
                    .forEach(e -> map.put(e.name(), e));
        }
        return map;
    }
}
