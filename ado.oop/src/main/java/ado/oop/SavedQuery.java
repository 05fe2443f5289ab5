package ado.oop;

import ado.model.wit.Queries;
import ado.model.wit.QueryExpand;
import ado.model.wit.QueryHierarchyItem;
import ado.model.wit.QueryType;
import ado.model.wit.Wiql;
import ado.model.wit.WiqlResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A saved query or query folder of a project. One object per item per service; its details (with the WIQL and one
 * level of children) load on first use and every change reloads them from the server's answer.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per query item per service, shared by every thread that reaches
 * it. Its record loads once even when threads ask together; {@code refresh()} and changes replace it whole, so a
 * reader sees the old record or the new one, never a mix.
 */
public final class SavedQuery {

    private final Project project;
    private final Resource<UUID, QueryHierarchyItem> self;

    SavedQuery(Project project, UUID id) {
        this.project = project;
        this.self = new Resource<>(id, k -> Queries.get(project.api(), k.toString(), 1, QueryExpand.ALL));
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the id; no request} */
    public UUID id() {
        return self.key();
    }

    /** {@return the item, loaded on first use} */
    public QueryHierarchyItem info() {
        return self.get();
    }

    /** {@return this item after loading it again} */
    public SavedQuery refresh() {
        return self.refresh(this);
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return the path, such as {@code Shared Queries/Team/Active bugs}} */
    public String path() {
        return info().path();
    }

    /** {@return whether this is a folder} */
    public boolean isFolder() {
        return info().folder();
    }

    /** {@return the query's kind; empty for a folder} */
    public Optional<QueryType> queryType() {
        return Optional.ofNullable(info().queryType());
    }

    /** {@return the query's WIQL; empty for a folder} */
    public Optional<String> wiql() {
        return Optional.ofNullable(info().wiql());
    }

    /** {@return the folders and queries in this folder as the server has them now (one request); empty for a query} */
    public List<SavedQuery> children() {
        if (!isFolder()) {
            return List.of();
        }
        return refresh().info().children().stream().map(q -> ProjectQueries.of(project, q)).toList();
    }

    /**
     * {@return the result of running this query (ids only)}
     *
     * @throws ado.core.error.AdoBadRequestException if this is a folder
     */
    public WiqlResult run() {
        return Wiql.queryById(project.api(), id());
    }

    /** {@return the ids this query returns, in order (for a link query, every target once)} */
    public List<Integer> ids() {
        return run().ids();
    }

    /**
     * {@return a new query {@code name} running {@code wiql} in this folder}
     *
     * @param name the query name
     * @param wiql the WIQL query
     */
    public SavedQuery createQuery(String name, String wiql) {
        return ProjectQueries.of(project, Queries.create(project.api(), id().toString(), name, wiql));
    }

    /**
     * {@return a new folder {@code name} in this folder}
     *
     * @param name the folder name
     */
    public SavedQuery createFolder(String name) {
        return ProjectQueries.of(project, Queries.createFolder(project.api(), id().toString(), name));
    }

    /**
     * {@return this item after renaming it}
     *
     * @param name the new name
     */
    public SavedQuery rename(String name) {
        Queries.rename(project.api(), id().toString(), name);
        return refresh();
    }

    /**
     * {@return this query after replacing its WIQL}
     *
     * @param wiql the new WIQL
     */
    public SavedQuery updateWiql(String wiql) {
        Queries.updateWiql(project.api(), id().toString(), wiql);
        return refresh();
    }

    /**
     * {@return this item after moving it into {@code folder}}
     *
     * @param folder the folder to move into
     */
    public SavedQuery moveTo(SavedQuery folder) {
        Objects.requireNonNull(folder, "folder == null");
        Queries.move(project.api(), id(), folder.id().toString());
        return refresh();
    }

    /** Deletes this query, or this folder with everything in it. */
    public void delete() {
        Queries.delete(project.api(), id().toString());
    }

    void offer(QueryHierarchyItem value) {
        self.set(value);
    }

    @Override
    public String toString() {
        return "SavedQuery[" + project.label() + "/" + (self.loaded() ? info().path() : id()) + "]";
    }
}
