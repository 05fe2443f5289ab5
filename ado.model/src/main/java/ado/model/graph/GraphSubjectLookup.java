package ado.model.graph;

import java.util.List;
import java.util.Objects;

/**
 * The body of a subject lookup: the descriptors to resolve.
 *
 * @param lookupKeys the keys, at least one
 */
public record GraphSubjectLookup(List<GraphSubjectLookupKey> lookupKeys) {

    /**
     * Checks that there is at least one key.
     *
     * @param lookupKeys the keys, at least one
     * @throws NullPointerException     if {@code lookupKeys} or one of them is null
     * @throws IllegalArgumentException if {@code lookupKeys} is empty
     */
    public GraphSubjectLookup {
        lookupKeys = List.copyOf(Objects.requireNonNull(lookupKeys, "lookupKeys == null"));
        if (lookupKeys.isEmpty()) {
            throw new IllegalArgumentException("lookupKeys must not be empty");
        }
    }

    /**
     * {@return a lookup of {@code descriptors}}
     *
     * @param descriptors the subject descriptors, at least one
     * @throws NullPointerException     if {@code descriptors} or one of them is null
     * @throws IllegalArgumentException if {@code descriptors} is empty or one of them is blank
     */
    public static GraphSubjectLookup of(List<String> descriptors) {
        return new GraphSubjectLookup(Objects.requireNonNull(descriptors, "descriptors == null").stream()
                .map(GraphSubjectLookupKey::new).toList());
    }
}
