package ado.emulator.internal.git;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A long linear history kept as 20 bytes per commit: commit {@code i} changes {@code /history.txt} to
 * {@code "commit i\n"} on top of a base tree, with parent commit {@code i-1} (or the base commit). Commits, trees
 * and blobs are synthesised on demand; ids are looked up through an open-addressing table of ints.
 */
public final class GeneratedHistory {

    /** The file every generated commit changes. */
    public static final String FILE = "history.txt";

    private final ObjectId base;       // parent of commit 0, or null
    private final Tree baseTree;
    private final Signature author;
    private final int count;
    private final byte[] ids;
    private final int[] table;         // index + 1, or 0 for empty

    /** A commit's place in a generated history. */
    public record Position(GeneratedHistory history, int index) {
    }

    /** Generates {@code count} commits on top of {@code base} (may be {@code null}) whose tree is {@code baseTree}. */
    public GeneratedHistory(ObjectId base, Tree baseTree, Signature author, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        this.base = base;
        this.baseTree = Objects.requireNonNull(baseTree, "baseTree == null");
        this.author = Objects.requireNonNull(author, "author == null");
        this.count = count;
        this.ids = new byte[count * 20];
        this.table = new int[Integer.highestOneBit(count * 2 - 1) * 2];
        ObjectId parent = base;
        for (int i = 0; i < count; i++) {
            ObjectId id = build(i, parent).id();
            System.arraycopy(id.toBytes(), 0, ids, i * 20, 20);
            insert(i);
            parent = id;
        }
    }

    /** {@return the number of commits} */
    public int count() {
        return count;
    }

    /** {@return the newest commit's id} */
    public ObjectId head() {
        return id(count - 1);
    }

    /** {@return the id of commit {@code index}} */
    public ObjectId id(int index) {
        return ObjectId.fromBytes(ids, index * 20);
    }

    /** {@return the index of {@code id}, or -1} */
    public int indexOf(ObjectId id) {
        byte[] raw = id.toBytes();
        int mask = table.length - 1;
        for (int slot = hash(raw, 0) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int index = table[slot] - 1;
            if (java.util.Arrays.equals(ids, index * 20, index * 20 + 20, raw, 0, 20)) {
                return index;
            }
        }
        return -1;
    }

    /** {@return commit {@code index}} */
    public Commit commit(int index) {
        return build(index, index == 0 ? base : id(index - 1));
    }

    /** {@return the root tree of commit {@code index}} */
    public Tree tree(int index) {
        var entries = new ArrayList<TreeEntry>();
        baseTree.entries().stream().filter(e -> !e.name().equals(FILE)).forEach(entries::add);
        entries.add(new TreeEntry(TreeEntry.FILE, FILE, blob(index).id()));
        return new Tree(entries);
    }

    /** {@return the blob of {@code /history.txt} at commit {@code index}} */
    public Blob blob(int index) {
        return new Blob(("commit " + index + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private Commit build(int index, ObjectId parent) {
        Instant when = author.when().plusSeconds(index);
        Signature sig = new Signature(author.name(), author.email(), when, author.zone());
        return new Commit(tree(index).id(), parent == null ? List.of() : List.of(parent), sig, sig,
                "Generated commit " + index + "\n");
    }

    private void insert(int index) {
        int mask = table.length - 1;
        int slot = hash(ids, index * 20) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = index + 1;
    }

    private static int hash(byte[] b, int off) {
        return (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8 | (b[off + 3] & 0xff);
    }
}
