package ado.model.graph;

import ado.core.json.JsonName;
import ado.model.ReferenceLink;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.Map;

/**
 * One membership: {@code memberDescriptor} belongs to the group {@code containerDescriptor}.
 *
 * @param containerDescriptor the group's descriptor
 * @param memberDescriptor    the member's descriptor
 * @param links               the {@code _links} map; empty when absent
 */
public record GraphMembership(String containerDescriptor, String memberDescriptor,
                              @JsonName("_links") Map<String, ReferenceLink> links) {

    /**
     * Checks the descriptors and copies the links.
     *
     * @param containerDescriptor the group's descriptor
     * @param memberDescriptor    the member's descriptor
     * @param links               the {@code _links} map; empty when absent
     * @throws NullPointerException     if {@code containerDescriptor} or {@code memberDescriptor} is null
     * @throws IllegalArgumentException if {@code containerDescriptor} or {@code memberDescriptor} is blank
     */
    public GraphMembership {
        Checks.nonBlank(containerDescriptor, "containerDescriptor");
        Checks.nonBlank(memberDescriptor, "memberDescriptor");
        links = Copies.map(links, "links");
    }
}
