package ado.model.wit;

import ado.core.json.JsonName;
import ado.model.ReferenceLink;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A work item type of a project, such as {@code Bug} or {@code User Story}.
 *
 * @param name           the display name
 * @param referenceName  the reference name, such as {@code Microsoft.VSTS.WorkItemTypes.Bug}, or {@code null}
 * @param description    the description, or {@code null}
 * @param color          the colour as hex digits, or {@code null}
 * @param icon           the icon, or {@code null}
 * @param isDisabled     whether new work items of this type are refused, or {@code null}
 * @param xmlForm        the legacy XML form layout, or {@code null}
 * @param fields         the fields; empty when absent
 * @param fieldInstances the same fields (ADO sends both); empty when absent
 * @param transitions    for each state ({@code ""} is "new"), the states it may move to; empty when absent
 * @param states         the states; empty when absent
 * @param links          the {@code _links} map; empty when absent
 * @param url            the REST URL, or {@code null}
 */
public record WorkItemType(String name, String referenceName, String description, String color, WorkItemIcon icon,
                           Boolean isDisabled, String xmlForm, List<WorkItemTypeFieldInstance> fields,
                           List<WorkItemTypeFieldInstance> fieldInstances,
                           Map<String, List<WorkItemStateTransition>> transitions, List<WorkItemStateColor> states,
                           @JsonName("_links") Map<String, ReferenceLink> links, String url) {

    /**
     * Checks the name and copies the collections.
     *
     * @param name           the display name
     * @param referenceName  the reference name, such as {@code Microsoft.VSTS.WorkItemTypes.Bug}, or {@code null}
     * @param description    the description, or {@code null}
     * @param color          the colour as hex digits, or {@code null}
     * @param icon           the icon, or {@code null}
     * @param isDisabled     whether new work items of this type are refused, or {@code null}
     * @param xmlForm        the legacy XML form layout, or {@code null}
     * @param fields         the fields; empty when absent
     * @param fieldInstances the same fields (ADO sends both); empty when absent
     * @param transitions    for each state ({@code ""} is "new"), the states it may move to; empty when absent
     * @param states         the states; empty when absent
     * @param links          the {@code _links} map; empty when absent
     * @param url            the REST URL, or {@code null}
     * @throws NullPointerException     if {@code name} is null or {@code fields}, {@code fieldInstances},
     *                                  {@code transitions}, {@code states} or {@code links} contains null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public WorkItemType {
        Checks.nonBlank(name, "name");
        fields = Copies.list(fields, "fields");
        fieldInstances = Copies.list(fieldInstances, "fieldInstances");
        transitions = Copies.map(transitions, "transitions");
        states = Copies.list(states, "states");
        links = Copies.map(links, "links");
    }
}
