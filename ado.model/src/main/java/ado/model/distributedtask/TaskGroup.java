package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A task group: a reusable sequence of tasks. The tasks, inputs and version stay JSON trees; members ado4j does not
 * model are kept in {@link #other()}, so sending a read task group back to {@link TaskGroups#update} loses nothing.
 *
 * @param id          the id
 * @param name        the name
 * @param description the description, or {@code null}
 * @param category    the category ({@code Build}, {@code Deploy}, ...), or {@code null}
 * @param revision    the revision, or {@code null}
 * @param tasks       the tasks as JSON objects; empty when absent
 * @param inputs      the inputs as JSON objects; empty when absent
 * @param runsOn      where it runs ({@code Agent}, {@code DeploymentGroup}, {@code Server}); empty when absent
 * @param createdBy   who created it, or {@code null}
 * @param createdOn   when, or {@code null}
 * @param modifiedBy  who changed it last, or {@code null}
 * @param modifiedOn  when, or {@code null}
 * @param other       the members ado4j does not model; empty when none
 */
public record TaskGroup(UUID id, String name, String description, String category, Integer revision,
                        List<JsonObject> tasks, List<JsonObject> inputs, List<String> runsOn,
                        IdentityRef createdBy, Instant createdOn, IdentityRef modifiedBy, Instant modifiedOn,
                        @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and name and copies the lists.
     *
     * @param id          the id
     * @param name        the name
     * @param description the description, or {@code null}
     * @param category    the category ({@code Build}, {@code Deploy}, ...), or {@code null}
     * @param revision    the revision, or {@code null}
     * @param tasks       the tasks as JSON objects; empty when absent
     * @param inputs      the inputs as JSON objects; empty when absent
     * @param runsOn      where it runs ({@code Agent}, {@code DeploymentGroup}, {@code Server}); empty when absent
     * @param createdBy   who created it, or {@code null}
     * @param createdOn   when, or {@code null}
     * @param modifiedBy  who changed it last, or {@code null}
     * @param modifiedOn  when, or {@code null}
     * @param other       the members ado4j does not model; empty when none
     * @throws NullPointerException if {@code id} or {@code name} is null
     */
    public TaskGroup {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(name, "name == null");
        tasks = Copies.list(tasks, "tasks");
        inputs = Copies.list(inputs, "inputs");
        runsOn = Copies.list(runsOn, "runsOn");
        other = other == null ? JsonObject.EMPTY : other;
    }

    /**
     * {@return this task group renamed and described anew, everything else as read}
     *
     * @param name        the new name
     * @param description the new description, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public TaskGroup withNameAndDescription(String name, String description) {
        return new TaskGroup(id, ado.model.internal.Checks.nonBlank(name, "name"), description, category, revision,
                tasks, inputs, runsOn, createdBy, createdOn, modifiedBy, modifiedOn, other);
    }
}
