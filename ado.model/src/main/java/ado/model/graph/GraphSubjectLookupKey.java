package ado.model.graph;

import ado.model.internal.Checks;

/**
 * One descriptor to look up.
 *
 * @param descriptor the subject descriptor
 */
public record GraphSubjectLookupKey(String descriptor) {

    /**
     * Checks the descriptor.
     *
     * @param descriptor the subject descriptor
     * @throws NullPointerException     if {@code descriptor} is null
     * @throws IllegalArgumentException if {@code descriptor} is blank
     */
    public GraphSubjectLookupKey {
        Checks.nonBlank(descriptor, "descriptor");
    }
}
