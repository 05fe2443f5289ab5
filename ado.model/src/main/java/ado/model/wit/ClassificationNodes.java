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

    /** {@return the area and iteration roots with their children down to {@code depth} levels} */
    public static List<WorkItemClassificationNode> roots(ApiCall project, int depth) {
        return project.apis("wit", "classificationnodes").query("$depth", Checks.nonNegative(depth, "depth"))
                .get(API_VERSION).asList(WorkItemClassificationNode.class);
    }

    /**
     * {@return the node at {@code path} with its children down to {@code depth} levels}
     *
     * @throws ado.core.error.AdoNotFoundException if there is no such node
     */
    public static WorkItemClassificationNode get(ApiCall project, TreeStructureGroup group, String path, int depth) {
        return node(project, group, path, "path").query("$depth", Checks.nonNegative(depth, "depth"))
                .get(API_VERSION).as(WorkItemClassificationNode.class);
    }

    /** {@return the new child {@code name} of the node at {@code parentPath} (dates only for iterations)} */
    public static WorkItemClassificationNode create(ApiCall project, TreeStructureGroup group, String parentPath,
                                                    String name, ClassificationNodeAttributes attributes) {
        var body = JsonObject.builder().put("name", Checks.nonBlank(name, "name"));
        if (attributes != null) {
            body.put("attributes", attributes(attributes));
        }
        return node(project, group, parentPath, "parentPath").post(API_VERSION).body(Body.json(body.build()))
                .as(WorkItemClassificationNode.class);
    }

    /** {@return the node at {@code path} renamed to {@code name} (when not null) with new dates (when not null)} */
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

    /** {@return node {@code id} moved under the node at {@code newParentPath}} */
    public static WorkItemClassificationNode move(ApiCall project, TreeStructureGroup group, String newParentPath,
                                                  int id) {
        ado.model.internal.Copies.positive(id, "id");
        return node(project, group, newParentPath, "newParentPath").post(API_VERSION)
                .body(Body.json(JsonObject.builder().put("id", id).build())).as(WorkItemClassificationNode.class);
    }

    /**
     * Deletes the node at {@code path} and its children; work items on them move to node {@code reclassifyId}.
     * ADO refuses the delete without a reclassification target.
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
