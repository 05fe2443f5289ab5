package ado.emulator.internal.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An area or iteration node of a project's classification tree; mutable under the store lock. */
public final class Node {

    final int id;
    final UUID identifier;
    final String kind;
    String name;
    Node parent;
    final List<Node> children = new ArrayList<>();
    Instant start;
    Instant finish;

    Node(int id, UUID identifier, String kind, String name, Node parent) {
        this.id = id;
        this.identifier = identifier;
        this.kind = kind;
        this.name = name;
        this.parent = parent;
    }

    /** {@return the integer id} */
    public int id() {
        return id;
    }

    /** {@return the GUID} */
    public UUID identifier() {
        return identifier;
    }

    /** {@return {@code area} or {@code iteration}} */
    public String kind() {
        return kind;
    }

    /** {@return the name; the root's is the project name} */
    public String name() {
        return name;
    }

    /** {@return the parent, or {@code null} for the root} */
    public Node parent() {
        return parent;
    }

    /** {@return the children, in creation order} */
    public List<Node> children() {
        return List.copyOf(children);
    }

    /** {@return the first day, or {@code null}} */
    public Instant start() {
        return start;
    }

    /** {@return the last day, or {@code null}} */
    public Instant finish() {
        return finish;
    }

    /** {@return {@code Area} or {@code Iteration}: the structure segment of node paths} */
    public String structure() {
        return kind.equals("area") ? "Area" : "Iteration";
    }

    /** {@return the names from below the root down to this node; empty for the root} */
    public List<String> relative() {
        var names = new ArrayList<String>();
        for (Node n = this; n.parent != null; n = n.parent) {
            names.add(0, n.name);
        }
        return names;
    }

    /** {@return the root of the tree} */
    public Node root() {
        Node n = this;
        while (n.parent != null) {
            n = n.parent;
        }
        return n;
    }

    /** {@return the node path as the classification API writes it: {@code \Project\Iteration\Sprint 1}} */
    public String nodePath() {
        var b = new StringBuilder("\\").append(root().name).append('\\').append(structure());
        relative().forEach(n -> b.append('\\').append(n));
        return b.toString();
    }

    /** {@return the path as work item fields and team settings write it: {@code Project\Sprint 1}} */
    public String fieldPath() {
        var b = new StringBuilder(root().name);
        relative().forEach(n -> b.append('\\').append(n));
        return b.toString();
    }

    /** {@return whether {@code other} is this node or below it} */
    public boolean contains(Node other) {
        for (Node n = other; n != null; n = n.parent) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }
}
