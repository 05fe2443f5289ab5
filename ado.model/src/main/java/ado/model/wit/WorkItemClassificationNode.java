package ado.model.wit;

import ado.core.json.JsonName;
import ado.model.ReferenceLink;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An area or iteration node with, up to the requested depth, its children.
 *
 * @param id            the integer id (what {@code System.AreaId}/{@code System.IterationId} hold)
 * @param identifier    the GUID (what team iterations use), or {@code null}
 * @param name          the node name
 * @param structureType area or iteration, or {@code null}
 * @param hasChildren   whether the node has children, or {@code null}
 * @param path          the backslash path, such as {@code \Fabrikam\Iteration\Sprint 1}, or {@code null}
 * @param attributes    the iteration dates, or {@code null}
 * @param children      the children sent (empty when not expanded)
 * @param links         the {@code _links} map; empty when absent
 * @param url           the REST URL, or {@code null}
 */
public record WorkItemClassificationNode(int id, UUID identifier, String name, TreeNodeStructureType structureType,
                                         Boolean hasChildren, String path, ClassificationNodeAttributes attributes,
                                         List<WorkItemClassificationNode> children,
                                         @JsonName("_links") Map<String, ReferenceLink> links, String url) {

    /**
     * Checks the name and copies the collections.
     *
     * @param id            the integer id (what {@code System.AreaId}/{@code System.IterationId} hold)
     * @param identifier    the GUID (what team iterations use), or {@code null}
     * @param name          the node name
     * @param structureType area or iteration, or {@code null}
     * @param hasChildren   whether the node has children, or {@code null}
     * @param path          the backslash path, such as {@code \Fabrikam\Iteration\Sprint 1}, or {@code null}
     * @param attributes    the iteration dates, or {@code null}
     * @param children      the children sent (empty when not expanded)
     * @param links         the {@code _links} map; empty when absent
     * @param url           the REST URL, or {@code null}
     * @throws NullPointerException     if {@code name} is null or {@code children} or {@code links} contains null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public WorkItemClassificationNode {
        Checks.nonBlank(name, "name");
        children = Copies.list(children, "children");
        links = Copies.map(links, "links");
    }
}
