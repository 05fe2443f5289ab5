package ado.oop;

import ado.model.wit.ClassificationNodes;
import ado.model.wit.TreeStructureGroup;
import ado.model.wit.WorkItemPatch;
import ado.model.wit.WorkItems;
import java.util.Map;

/**
 * The work items of a project and the trees and process they are planned in: the logic behind
 * {@link Project#workItem(int)}, {@link Project#createWorkItem(String, Map)}, {@link Project#restoreWorkItem(int)},
 * {@link Project#areas()}, {@link Project#iterations()} and {@link Project#process()}. Stateless.
 */
final class ProjectWorkItems {

    private ProjectWorkItems() {
    }

    /** {@return the project's one object of work item {@code id}; no request} */
    static WorkItem byId(Project project, int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive: " + id);
        }
        return project.identities().byId(WorkItem.class, "workItem", project, id, () -> new WorkItem(project, id));
    }

    /** {@return the new work item of {@code type} with {@code fields}, its details set from the answer} */
    static WorkItem create(Project project, String type, Map<?, ?> fields) {
        return offered(project, WorkItems.create(project.api(), type, WorkItemPatch.of(fields)));
    }

    /** {@return the project's object of work item {@code info}, now holding {@code info}} */
    static WorkItem offered(Project project, ado.model.wit.WorkItem info) {
        WorkItem w = byId(project, info.id());
        w.offer(info);
        return w;
    }

    /** {@return work item {@code id} after restoring it from the recycle bin, loaded again} */
    static WorkItem restore(Project project, int id) {
        WorkItems.restore(project.api(), id);
        return byId(project, id).refresh();
    }

    /** {@return the area or iteration at {@code path} ({@code ""}: the root) with {@code depth} levels below} */
    static ClassificationNode node(Project project, TreeStructureGroup group, String path, int depth) {
        return new ClassificationNode(project, group, ClassificationNodes.get(project.api(), group, path, depth));
    }

    /** {@return the process the project uses, from its capabilities; reloads the project once if they lack it} */
    static WorkProcess process(Project project) {
        Map<String, String> template = project.info().capabilities().get("processTemplate");
        if (template == null || template.get("templateTypeId") == null) {
            project.refresh();
            template = project.info().capabilities().get("processTemplate");
        }
        if (template == null || template.get("templateTypeId") == null) {
            throw ClientFailures.unexpectedAnswer("the process of project " + project.name()
                    + " (no processTemplate capability)");
        }
        return project.organization().process(
                ClientFailures.uuid(template.get("templateTypeId"), "a process template id"));
    }
}
