package ado.oop;

import ado.model.wit.ClassificationNodeAttributes;
import ado.model.wit.ClassificationNodes;
import ado.model.wit.TreeStructureGroup;
import ado.model.wit.WorkItemClassificationNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An area or iteration of a project, as loaded: a snapshot with its children down to the depth it was read with
 * ({@link Project#areas()} and {@link Project#iterations()} read the whole tree). Changes go to Azure DevOps at once
 * and return the node as it is afterwards; this object does not change.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class ClassificationNode {

    /** ADO allows 14 levels below the root; reading this deep returns the whole tree. */
    static final int WHOLE_TREE = 14;

    private final Project project;
    private final TreeStructureGroup group;
    private final WorkItemClassificationNode info;

    ClassificationNode(Project project, TreeStructureGroup group, WorkItemClassificationNode info) {
        this.project = project;
        this.group = group;
        this.info = info;
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return areas or iterations} */
    public TreeStructureGroup group() {
        return group;
    }

    /** {@return the node as loaded} */
    public WorkItemClassificationNode info() {
        return info;
    }

    /** {@return the integer id (what work items' {@code System.AreaId}/{@code System.IterationId} hold)} */
    public int id() {
        return info.id();
    }

    /** {@return the GUID, which team iterations use} */
    public UUID identifier() {
        return info.identifier();
    }

    /** {@return the name; the root's is the project name} */
    public String name() {
        return info.name();
    }

    /**
     * {@return the path below the root, slash-separated ({@code "Release 1/Sprint 2"}; {@code ""} for the root),
     * as the other methods take it}
     */
    public String path() {
        String full = info.path() == null ? "" : info.path();
        String[] parts = full.split("\\\\");
        // "\Project\Area\A\B" splits into "", Project, Area, A, B
        return parts.length <= 3 ? "" : String.join("/", List.of(parts).subList(3, parts.length));
    }

    /**
     * {@return the path as work item fields write it: the project name, then the node names, separated by
     * backslashes ({@code Fabrikam\Release 1\Sprint 2})}
     */
    public String fieldPath() {
        String rel = path();
        return rel.isEmpty() ? project.name() : project.name() + "\\" + rel.replace('/', '\\');
    }

    /** {@return the first day of an iteration, if it has dates} */
    public Optional<Instant> startDate() {
        return Optional.ofNullable(info.attributes()).map(ClassificationNodeAttributes::startDate);
    }

    /** {@return the last day of an iteration, if it has dates} */
    public Optional<Instant> finishDate() {
        return Optional.ofNullable(info.attributes()).map(ClassificationNodeAttributes::finishDate);
    }

    /** {@return the children as loaded (empty below the depth read)} */
    public List<ClassificationNode> children() {
        return info.children().stream().map(c -> new ClassificationNode(project, group, c)).toList();
    }

    /**
     * {@return the child named {@code name} (case-insensitive), among the loaded children}
     *
     * @param name the child name
     */
    public Optional<ClassificationNode> child(String name) {
        Objects.requireNonNull(name, "name == null");
        return children().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * {@return a new child {@code name}; one request}
     *
     * @param name the new node name
     */
    public ClassificationNode createChild(String name) {
        return wrap(ClassificationNodes.create(project.api(), group, path(), name, null));
    }

    /**
     * {@return a new child iteration {@code name} running from {@code start} to {@code finish}; one request}
     *
     * @param name the new node name
     * @param start the start date
     * @param finish the finish date
     */
    public ClassificationNode createChild(String name, Instant start, Instant finish) {
        return wrap(ClassificationNodes.create(project.api(), group, path(), name,
                new ClassificationNodeAttributes(Objects.requireNonNull(start, "start == null"),
                        Objects.requireNonNull(finish, "finish == null"))));
    }

    /**
     * {@return this node renamed to {@code name}; one request}
     *
     * @param name the new name
     */
    public ClassificationNode rename(String name) {
        return wrap(ClassificationNodes.update(project.api(), group, path(), Objects.requireNonNull(name,
                "name == null"), null));
    }

    /**
     * {@return this iteration with new dates; one request}
     *
     * @param start the new start date
     * @param finish the new finish date
     */
    public ClassificationNode reschedule(Instant start, Instant finish) {
        return wrap(ClassificationNodes.update(project.api(), group, path(), null,
                new ClassificationNodeAttributes(Objects.requireNonNull(start, "start == null"),
                        Objects.requireNonNull(finish, "finish == null"))));
    }

    /**
     * {@return this node moved under {@code newParent} (of the same tree); one request}
     *
     * @param newParent the new parent, a node of the same tree
     */
    public ClassificationNode moveTo(ClassificationNode newParent) {
        sameTree(newParent, "newParent");
        return wrap(ClassificationNodes.move(project.api(), group, newParent.path(), id()));
    }

    /**
     * Deletes this node and its children; their work items and team references move to {@code reclassifyTo} (Azure
     * DevOps requires a target). One request.
     *
     * @param reclassifyTo the node that takes over the work items of the deleted one
     */
    public void delete(ClassificationNode reclassifyTo) {
        sameTree(reclassifyTo, "reclassifyTo");
        ClassificationNodes.delete(project.api(), group, path(), reclassifyTo.id());
    }

    /**
     * {@return this node read again with its children down to {@code depth} levels; one request}
     *
     * @param depth how many levels of children to load
     */
    public ClassificationNode refresh(int depth) {
        return wrap(ClassificationNodes.get(project.api(), group, path(), depth));
    }

    private void sameTree(ClassificationNode other, String what) {
        Objects.requireNonNull(other, what + " == null");
        if (other.group != group || other.project != project) {
            throw new IllegalArgumentException(what + " must be a node of the same tree: " + other);
        }
    }

    private ClassificationNode wrap(WorkItemClassificationNode node) {
        return new ClassificationNode(project, group, node);
    }

    @Override
    public String toString() {
        return "ClassificationNode[" + group.segment() + " " + fieldPath() + "]";
    }
}
