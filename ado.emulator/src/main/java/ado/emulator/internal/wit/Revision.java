package ado.emulator.internal.wit;

import ado.core.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One revision of a work item: its field values as served on the wire (identities as {@code {id, displayName,
 * uniqueName, descriptor}} objects), its relations, when and by whom it was made.
 */
public record Revision(int id, int rev, Map<String, JsonValue> fields, List<Relation> relations,
                       Instant changedDate, UUID changedBy) {

    /** Copies the collections. */
    public Revision {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        relations = List.copyOf(relations);
        Objects.requireNonNull(changedDate, "changedDate == null");
    }

    /** {@return the project name ({@code System.TeamProject})} */
    public String project() {
        return string("System.TeamProject");
    }

    /** {@return a string field's value, or null} */
    public String string(String reference) {
        return fields.get(reference) instanceof ado.core.json.JsonString s ? s.value() : null;
    }
}
