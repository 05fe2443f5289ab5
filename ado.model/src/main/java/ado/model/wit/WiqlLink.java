package ado.model.wit;

import java.util.Objects;

/**
 * One entry of a link query's result ({@code WorkItemLink}): a top-level work item has only a {@code target};
 * a link has its type, source and target.
 *
 * @param rel    the link type's reference name, such as {@code System.LinkTypes.Hierarchy-Forward}, or {@code null}
 *               for a top-level entry
 * @param source the source work item, or {@code null} for a top-level entry
 * @param target the target work item
 */
public record WiqlLink(String rel, WiqlWorkItemRef source, WiqlWorkItemRef target) {

    /**
     * Checks that {@code target} is present and that {@code rel} and {@code source} come together.
     *
     * @param rel    the link type's reference name, such as {@code System.LinkTypes.Hierarchy-Forward}, or {@code null}
     *               for a top-level entry
     * @param source the source work item, or {@code null} for a top-level entry
     * @param target the target work item
     * @throws NullPointerException     if {@code target} is null
     * @throws IllegalArgumentException if {@code source} is given without {@code rel}
     */
    public WiqlLink {
        Objects.requireNonNull(target, "target == null");
        if (source != null && rel == null) {
            throw new IllegalArgumentException("rel == null for a link from " + source.id() + " to " + target.id());
        }
    }

    /** {@return whether this is a top-level entry (no source)} */
    public boolean isRoot() {
        return source == null;
    }
}
