package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;

/**
 * The body of a task group create ({@code TaskGroupCreateParameter}).
 *
 * @param name        the name, not blank
 * @param description the description, or {@code null}
 * @param category    the category, or {@code null}
 * @param tasks       the tasks as JSON objects ({@code task: {id, versionSpec}}, {@code inputs}, ...), at least one
 * @param runsOn      where it runs; {@code Agent} when empty
 */
public record TaskGroupCreate(String name, String description, String category, List<JsonObject> tasks,
                              List<String> runsOn) {

    /**
     * Checks the name and tasks and copies the lists.
     *
     * @param name        the name, not blank
     * @param description the description, or {@code null}
     * @param category    the category, or {@code null}
     * @param tasks       the tasks as JSON objects ({@code task: {id, versionSpec}}, {@code inputs}, ...), at least one
     * @param runsOn      where it runs; {@code Agent} when empty
     * @throws NullPointerException     if {@code name} or an element of a list is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code tasks} is empty
     */
    public TaskGroupCreate {
        Checks.nonBlank(name, "name");
        tasks = Copies.list(tasks, "tasks");
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("tasks must not be empty");
        }
        runsOn = Copies.list(runsOn, "runsOn");
        if (runsOn.isEmpty()) {
            runsOn = List.of("Agent");
        }
    }
}
