package ado.model.work.process;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;

/**
 * A work item type of a process.
 *
 * @param referenceName the reference name, such as {@code Microsoft.VSTS.WorkItemTypes.Bug}
 * @param name          the display name
 * @param description   the description, or {@code null}
 * @param color         the colour as hex digits, or {@code null}
 * @param icon          the icon id, or {@code null}
 * @param inherits      the reference name of the type it inherits from, or {@code null}
 * @param customization system, inherited or custom, or {@code null}
 * @param isDisabled    whether new work items of this type are refused, or {@code null}
 * @param url           the REST URL, or {@code null}
 * @param states        the states, when read with {@link ProcessWorkItemTypeExpand#STATES}; else empty
 * @param other         members ado4j does not model; never {@code null}
 */
public record ProcessWorkItemType(String referenceName, String name, String description, String color, String icon,
                                  String inherits, CustomizationType customization, Boolean isDisabled, String url,
                                  List<ProcessWorkItemTypeState> states, @JsonUnmapped JsonObject other) {

    /**
     * Checks the names.
     *
     * @param referenceName the reference name, such as {@code Microsoft.VSTS.WorkItemTypes.Bug}
     * @param name          the display name
     * @param description   the description, or {@code null}
     * @param color         the colour as hex digits, or {@code null}
     * @param icon          the icon id, or {@code null}
     * @param inherits      the reference name of the type it inherits from, or {@code null}
     * @param customization system, inherited or custom, or {@code null}
     * @param isDisabled    whether new work items of this type are refused, or {@code null}
     * @param url           the REST URL, or {@code null}
     * @param states        the states, when read with {@link ProcessWorkItemTypeExpand#STATES}; else empty
     * @param other         members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code referenceName} or {@code name} is null, or a state is null
     * @throws IllegalArgumentException if {@code referenceName} or {@code name} is blank
     */
    public ProcessWorkItemType {
        other = other == null ? JsonObject.EMPTY : other;
        states = Copies.list(states, "states");
        Checks.nonBlank(referenceName, "referenceName");
        Checks.nonBlank(name, "name");
    }
}
