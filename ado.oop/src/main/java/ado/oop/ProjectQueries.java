package ado.oop;

import ado.model.wit.Queries;
import ado.model.wit.QueryExpand;
import ado.model.wit.QueryHierarchyItem;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The WIQL queries and saved queries of a project: the logic behind {@link Project#query(String)},
 * {@link Project#queries()} and {@link Project#savedQuery(String)}. Stateless.
 */
final class ProjectQueries {

    private ProjectQueries() {
    }

    /** {@return the ids {@code wiql} returns in batches of 200, lazily: the query runs on the first pull} */
    static Stream<List<Integer>> idBatches(Project project, String wiql) {
        Objects.requireNonNull(wiql, "wiql == null");
        return IdBatches.stream(() -> project.queryIds(wiql), IdBatches.WORK_ITEM_BATCH, List::of);
    }

    /** {@return the work items {@code wiql} returns, in its order, read 200 at a time as the stream reaches them} */
    static Stream<WorkItem> workItems(Project project, String wiql) {
        Objects.requireNonNull(wiql, "wiql == null");
        return new WorkItemBatches(project).lazily(() -> project.queryIds(wiql).iterator());
    }

    /** {@return the root folders of the saved queries with their children; one request} */
    static List<SavedQuery> roots(Project project) {
        return Queries.list(project.api(), 1, QueryExpand.ALL).stream().map(q -> of(project, q)).toList();
    }

    /** {@return the saved query or folder {@code idOrPath}: by id without a request, by path with one} */
    static SavedQuery byIdOrPath(Project project, String idOrPath) {
        Objects.requireNonNull(idOrPath, "idOrPath == null");
        UUID id = IdentityMap.parseId(idOrPath.strip());
        if (id != null) {
            return project.identities().byId(SavedQuery.class, "query", null, id, () -> new SavedQuery(project, id));
        }
        return of(project, Queries.get(project.api(), idOrPath, 1, QueryExpand.ALL));
    }

    /** {@return the project's one object of saved query {@code item}, its details set from {@code item}} */
    static SavedQuery of(Project project, QueryHierarchyItem item) {
        SavedQuery q = project.identities().byId(SavedQuery.class, "query", null, item.id(),
                () -> new SavedQuery(project, item.id()));
        q.offer(item);
        return q;
    }
}
