package ado.emulator.internal.git;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Objects;

/** One entry of a tree: a file (mode 100644 or 100755) or a folder (mode 40000). */
public record TreeEntry(String mode, String name, ObjectId id) {

    /** Git's order: names compared as bytes, with a folder's name compared as if it ended in '/'. */
    public static final Comparator<TreeEntry> GIT_ORDER = (a, b) -> compareBytes(a.sortKey(), b.sortKey());

    /** Mode of an ordinary file. */
    public static final String FILE = "100644";
    /** Mode of a folder. */
    public static final String FOLDER = "40000";

    /** Checks the fields. */
    public TreeEntry {
        Objects.requireNonNull(mode, "mode == null");
        Objects.requireNonNull(id, "id == null");
        if (name == null || name.isEmpty() || name.contains("/") || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("name must be a non-empty path segment: " + name);
        }
    }

    /** {@return whether this entry is a folder} */
    public boolean isFolder() {
        return mode.equals(FOLDER);
    }

    private byte[] sortKey() {
        return (isFolder() ? name + "/" : name).getBytes(StandardCharsets.UTF_8);
    }

    private static int compareBytes(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(a[i] & 0xff, b[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
