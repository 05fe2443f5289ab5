package ado.model.work.process;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Checks;

/**
 * A behaviour (backlog level) of a process.
 *
 * @param referenceName the reference name, such as {@code System.RequirementBacklogBehavior}
 * @param name          the name
 * @param description   the description, or {@code null}
 * @param color         the colour as hex digits, or {@code null}
 * @param rank          the level (higher is a higher backlog), or {@code null}
 * @param customization system, inherited or custom, or {@code null}
 * @param inherits      the behaviour it derives from ({@code {"behaviorRefName": ...}}), or {@code null}
 * @param url           the REST URL, or {@code null}
 * @param other         members ado4j does not model; never {@code null}
 */
public record ProcessBehavior(String referenceName, String name, String description, String color, Integer rank,
                              CustomizationType customization, JsonObject inherits, String url,
                              @JsonUnmapped JsonObject other) {

    /**
     * Checks the names.
     *
     * @param referenceName the reference name, such as {@code System.RequirementBacklogBehavior}
     * @param name          the name
     * @param description   the description, or {@code null}
     * @param color         the colour as hex digits, or {@code null}
     * @param rank          the level (higher is a higher backlog), or {@code null}
     * @param customization system, inherited or custom, or {@code null}
     * @param inherits      the behaviour it derives from ({@code {"behaviorRefName": ...}}), or {@code null}
     * @param url           the REST URL, or {@code null}
     * @param other         members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code referenceName} or {@code name} is null
     * @throws IllegalArgumentException if {@code referenceName} or {@code name} is blank
     */
    public ProcessBehavior {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(referenceName, "referenceName");
        Checks.nonBlank(name, "name");
    }
}
