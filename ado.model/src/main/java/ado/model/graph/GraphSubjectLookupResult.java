package ado.model.graph;

import ado.model.internal.Copies;
import java.util.Map;

/**
 * The answer of a subject lookup: the subjects found, by descriptor (unknown descriptors are left out).
 *
 * @param count the number of subjects
 * @param value the subjects by descriptor; empty when absent
 */
public record GraphSubjectLookupResult(int count, Map<String, GraphSubject> value) {

    /**
     * Copies the map.
     *
     * @param count the number of subjects
     * @param value the subjects by descriptor; empty when absent
     */
    public GraphSubjectLookupResult {
        value = Copies.map(value, "value");
    }
}
