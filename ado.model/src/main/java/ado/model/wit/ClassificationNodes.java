package ado.model.wit;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * Areas and iterations of a project ({@code {project}/_apis/wit/classificationnodes}). Paths are relative to the
 * tree root and slash-separated, such as {@code "Release 1/Sprint 2"}; {@code ""} is the root. A piece that is
 * {@code .} or {@code ..} is refused with an {@link IllegalArgumentException} naming the parameter: a normalising
 * proxy or server would otherwise act on another node. Every method takes a
 * project scope ({@code client.api().project(name)}).
 */
public final class ClassificationNodes {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private ClassificationNodes() {
    }

    /**
     * {@return the area and iteration roots with their children down to {@code depth} levels}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param depth   how many levels of children to include, 0 for none
     * @throws ado.core.error.AdoNotFoundException if there is no such project
     * @throws IllegalArgumentException            if {@code depth} is negative
     */
    public static List<WorkItemClassificationNode> roots(ApiCall project, int depth) {
        return project.apis("wit", "classificationnodes").query("$depth", Checks.nonNegative(depth, "depth"))
                .get(API_VERSION).asList(WorkItemClassificationNode.class);
    }

    /**
     * {@return the node at {@code path} with its children down to {@code depth} levels}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param group   areas or iterations
     * @param path    the node's path below the root, {@code ""} for the root
     * @param depth   how many levels of children to include, 0 for none
     * @throws ado.core.error.AdoNotFoundException if there is no such node
     * @throws NullPointerException                if {@code group} or {@code path} is null
     * @throws IllegalArgumentException            if {@code path} has a {@code .} or {@code ..} piece or {@code depth}
     *                                             is negative
     */
    public static WorkItemClassificationNode get(ApiCall project, TreeStructureGroup group, String path, int depth) {
        return node(project, group, path, "path").query("$depth", Checks.nonNegative(depth, "depth"))
                .get(API_VERSION).as(WorkItemClassificationNode.class);
    }

    /**
     * {@return the new child {@code name} of the node at {@code parentPath}}
     *
     * @param project    the project scope, {@code client.api().project(p)}
     * @param group      areas or iterations
     * @param parentPath the parent's path below the root, {@code ""} for the root
     * @param name       the new node's name
     * @param attributes the start and finish dates of an iteration, or {@code null}
     * @throws ado.core.error.AdoNotFoundException if there is no such parent
     * @throws NullPointerException                if {@code group}, {@code parentPath} or {@code name} is null
     * @throws IllegalArgumentException            if {@code name} is blank or {@code parentPath} has a {@code .} or
     *                                             {@code ..} piece
     */
    public static WorkItemClassificationNode create(ApiCall project, TreeStructureGroup group, String parentPath,
                                                    String name, ClassificationNodeAttributes attributes) {
        var body = JsonObject.builder().put("name", Checks.nonBlank(name, "name"));
        if (attributes != null) {
            body.put("attributes", attributes(attributes));
        }
        return node(project, group, parentPath, "parentPath").post(API_VERSION).body(Body.json(body.build()))
                .as(WorkItemClassificationNode.class);
    }

    /**
     * {@return the node at {@code path} renamed to {@code name} (when not null) with new dates (when not null)}
     *
     * @param project    the project scope, {@code client.api().project(p)}
     * @param group      areas or iterations
     * @param path       the node's path below the root
     * @param name       the new name, or {@code null} to keep it
     * @param attributes the new dates of an iteration, or {@code null} to keep them
     * @throws ado.core.error.AdoNotFoundException if there is no such node
     * @throws NullPointerException                if {@code group} or {@code path} is null
     * @throws IllegalArgumentException            if {@code name} is blank or {@code path} has a {@code .} or
     *                                             {@code ..} piece
     */
    public static WorkItemClassificationNode update(ApiCall project, TreeStructureGroup group, String path,
                                                    String name, ClassificationNodeAttributes attributes) {
        var body = JsonObject.builder();
        if (name != null) {
            body.put("name", Checks.nonBlank(name, "name"));
        }
        if (attributes != null) {
            body.put("attributes", attributes(attributes));
        }
        return node(project, group, path, "path").patch(API_VERSION).body(Body.json(body.build()))
                .as(WorkItemClassificationNode.class);
    }

    /**
     * {@return node {@code id} moved under the node at {@code newParentPath}}
     *
     * @param project       the project scope, {@code client.api().project(p)}
     * @param group         areas or iterations
     * @param newParentPath the new parent's path below the root, {@code ""} for the root
     * @param id            the id of the node to move
     * @throws ado.core.error.AdoNotFoundException if there is no such node or parent
     * @throws NullPointerException                if {@code group} or {@code newParentPath} is null
     * @throws IllegalArgumentException            if {@code id} is not positive or {@code newParentPath} has a
     *                                             {@code .} or {@code ..} piece
     */
    public static WorkItemClassificationNode move(ApiCall project, TreeStructureGroup group, String newParentPath,
                                                  int id) {
        ado.model.internal.Copies.positive(id, "id");
        return node(project, group, newParentPath, "newParentPath").post(API_VERSION)
                .body(Body.json(JsonObject.builder().put("id", id).build())).as(WorkItemClassificationNode.class);
    }

    /**
     * Deletes the node at {@code path} and its children; work items on them move to node {@code reclassifyId}.
     * ADO refuses the delete without a reclassification target.
     *
     * @param project      the project scope, {@code client.api().project(p)}
     * @param group        areas or iterations
     * @param path         the node's path below the root; not the root
     * @param reclassifyId the id of the node that gets the work items ({@code $reclassifyId})
     * @throws ado.core.error.AdoNotFoundException if there is no such node
     * @throws NullPointerException                if {@code group} or {@code path} is null
     * @throws IllegalArgumentException            if {@code path} is blank (the root) or has a {@code .} or {@code ..}
     *                                             piece, or {@code reclassifyId} is not positive
     */
    public static void delete(ApiCall project, TreeStructureGroup group, String path, int reclassifyId) {
        ado.model.internal.Copies.positive(reclassifyId, "reclassifyId");
        if (Objects.requireNonNull(path, "path == null").isBlank()) {
            throw new IllegalArgumentException("path must not be the root: '" + path + "'");
        }
        node(project, group, path, "path").query("$reclassifyId", reclassifyId).delete(API_VERSION).send();
    }

    /** The node at {@code path}; a {@code .} or {@code ..} piece is refused, naming {@code field}. */
    private static ApiCall node(ApiCall project, TreeStructureGroup group, String path, String field) {
        Objects.requireNonNull(group, "group == null");
        return project.apis("wit", "classificationnodes", group.segment())
                .pathOf(Objects.requireNonNull(path, field + " == null"), field);
    }

    private static JsonObject attributes(ClassificationNodeAttributes a) {
        var b = JsonObject.builder();
        if (a.startDate() != null) {
            b.put("startDate", a.startDate().toString());
        }
        if (a.finishDate() != null) {
            b.put("finishDate", a.finishDate().toString());
        }
        return b.build();
    }
}
