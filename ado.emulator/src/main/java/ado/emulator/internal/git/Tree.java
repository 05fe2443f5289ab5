package ado.emulator.internal.git;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A folder: entries in Git's order. */
public final class Tree implements GitObject {

    /** The tree with no entries ({@code 4b825dc...}). */
    public static final Tree EMPTY = new Tree(List.of());

    private final List<TreeEntry> entries;
    private final ObjectId id;

    /** Sorts a copy of {@code entries} as Git does; names must be unique. */
    public Tree(List<TreeEntry> entries) {
        var sorted = new ArrayList<>(entries);
        sorted.sort(TreeEntry.GIT_ORDER);
        var names = new HashSet<String>();
        for (TreeEntry e : sorted) {
            if (!names.add(e.name())) {
                throw new IllegalArgumentException("entries must have unique names: " + e.name());
            }
        }
        this.entries = List.copyOf(sorted);
        this.id = ObjectId.hash("tree", encode());
    }

    /** {@return the entries in Git's order} */
    public List<TreeEntry> entries() {
        return entries;
    }

    /** {@return the entry called {@code name}} */
    public Optional<TreeEntry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Override
    public String type() {
        return "tree";
    }

    @Override
    public byte[] encode() {
        var out = new ByteArrayOutputStream();
        for (TreeEntry e : entries) {
            out.writeBytes((e.mode() + " " + e.name() + "\0").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(e.id().toBytes());
        }
        return out.toByteArray();
    }

    @Override
    public ObjectId id() {
        return id;
    }
}
