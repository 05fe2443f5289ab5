package ado.model.wit;

import ado.model.internal.Checks;

/**
 * A state of a work item type.
 *
 * @param name     the state name, such as {@code Active}
 * @param color    the colour as hex digits, or {@code null}
 * @param category the state category: {@code Proposed}, {@code InProgress}, {@code Resolved}, {@code Completed} or
 *                 {@code Removed}, or {@code null}
 */
public record WorkItemStateColor(String name, String color, String category) {

    /**
     * Checks the name.
     *
     * @param name     the state name, such as {@code Active}
     * @param color    the colour as hex digits, or {@code null}
     * @param category the state category: {@code Proposed}, {@code InProgress}, {@code Resolved}, {@code Completed} or
     *                 {@code Removed}, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public WorkItemStateColor {
        Checks.nonBlank(name, "name");
    }
}
