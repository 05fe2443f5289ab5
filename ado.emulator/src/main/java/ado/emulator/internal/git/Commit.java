package ado.emulator.internal.git;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** A commit: a tree, parents, author, committer and message, encoded exactly as Git does. */
public final class Commit implements GitObject {

    private final ObjectId tree;
    private final List<ObjectId> parents;
    private final Signature author;
    private final Signature committer;
    private final String message;
    private final ObjectId id;

    /** Creates a commit; the id is computed from the encoding. */
    public Commit(ObjectId tree, List<ObjectId> parents, Signature author, Signature committer, String message) {
        this.tree = Objects.requireNonNull(tree, "tree == null");
        this.parents = List.copyOf(parents);
        this.author = Objects.requireNonNull(author, "author == null");
        this.committer = Objects.requireNonNull(committer, "committer == null");
        this.message = Objects.requireNonNull(message, "message == null");
        this.id = ObjectId.hash("commit", encode());
    }

    /** {@return the tree} */
    public ObjectId tree() {
        return tree;
    }

    /** {@return the parents} */
    public List<ObjectId> parents() {
        return parents;
    }

    /** {@return the author} */
    public Signature author() {
        return author;
    }

    /** {@return the committer} */
    public Signature committer() {
        return committer;
    }

    /** {@return the message} */
    public String message() {
        return message;
    }

    @Override
    public String type() {
        return "commit";
    }

    @Override
    public byte[] encode() {
        var text = new StringBuilder("tree ").append(tree.hex()).append('\n');
        parents.forEach(p -> text.append("parent ").append(p.hex()).append('\n'));
        text.append("author ").append(author.encode()).append('\n');
        text.append("committer ").append(committer.encode()).append('\n');
        text.append('\n').append(message);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ObjectId id() {
        return id;
    }
}
