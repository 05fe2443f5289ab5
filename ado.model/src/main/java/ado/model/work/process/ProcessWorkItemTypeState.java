package ado.model.work.process;

import ado.model.internal.Checks;
import java.util.UUID;

/**
 * A state of a process's work item type.
 *
 * @param id                the state id
 * @param name              the name
 * @param color             the colour as hex digits, or {@code null}
 * @param stateCategory     {@code Proposed}, {@code InProgress}, {@code Resolved}, {@code Completed} or
 *                          {@code Removed}, or {@code null}
 * @param order             the position, or {@code null}
 * @param customizationType system, inherited or custom, or {@code null}
 * @param hidden            whether an inherited state is hidden, or {@code null}
 * @param url               the REST URL, or {@code null}
 */
public record ProcessWorkItemTypeState(UUID id, String name, String color, String stateCategory, Integer order,
                                       CustomizationType customizationType, Boolean hidden, String url) {

    /**
     * Checks the name.
     *
     * @param id                the state id
     * @param name              the name
     * @param color             the colour as hex digits, or {@code null}
     * @param stateCategory     {@code Proposed}, {@code InProgress}, {@code Resolved}, {@code Completed} or
     *                          {@code Removed}, or {@code null}
     * @param order             the position, or {@code null}
     * @param customizationType system, inherited or custom, or {@code null}
     * @param hidden            whether an inherited state is hidden, or {@code null}
     * @param url               the REST URL, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public ProcessWorkItemTypeState {
        Checks.nonBlank(name, "name");
    }
}
