package ado.model.wit;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonObject;
import ado.core.json.JsonNames;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Saved queries and query folders ({@code _apis/wit/queries}) of the project scope {@code project}. An item is
 * named by its id or by its path from a root folder ({@code "Shared Queries/Team/Active bugs"}); the root folders
 * are {@code My Queries} and {@code Shared Queries}. {@code depth} (0 to {@value #MAX_DEPTH}) is how many levels of
 * children to include.
 */
public final class Queries {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";
    /** The deepest {@code $depth} Azure DevOps accepts. */
    public static final int MAX_DEPTH = 2;

    private Queries() {
    }

    /**
     * {@return the root folders, without children}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @throws ado.core.error.AdoNotFoundException if there is no such project
     */
    public static List<QueryHierarchyItem> list(ApiCall project) {
        return list(project, 0, QueryExpand.NONE);
    }

    /**
     * {@return the root folders with {@code depth} levels of children, expanded as {@code expand} says}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param depth   how many levels of children to include, 0 to {@value #MAX_DEPTH}
     * @param expand  what to include of each item ({@code $expand})
     * @throws ado.core.error.AdoNotFoundException if there is no such project
     * @throws NullPointerException                if {@code expand} is null
     * @throws IllegalArgumentException            if {@code depth} is out of range or {@code expand} is {@code UNKNOWN}
     */
    public static List<QueryHierarchyItem> list(ApiCall project, int depth, QueryExpand expand) {
        return options(project.apis("wit", "queries"), depth, expand).get(API_VERSION)
                .asList(QueryHierarchyItem.class);
    }

    /**
     * {@return the query or folder {@code idOrPath}, with its WIQL}
     *
     * @param project  the project scope, {@code client.api().project(p)}
     * @param idOrPath the item's id or its path, such as {@code Shared Queries/Team/Active bugs}
     * @throws ado.core.error.AdoNotFoundException if there is none (TF401243)
     * @throws NullPointerException                if {@code idOrPath} is null
     * @throws IllegalArgumentException            if {@code idOrPath} is blank or has a {@code .} or {@code ..} segment
     */
    public static QueryHierarchyItem get(ApiCall project, String idOrPath) {
        return get(project, idOrPath, 0, QueryExpand.WIQL);
    }

    /**
     * {@return the query or folder {@code idOrPath} with {@code depth} levels of children}
     *
     * @param project  the project scope, {@code client.api().project(p)}
     * @param idOrPath the item's id or its path, such as {@code Shared Queries/Team/Active bugs}
     * @param depth    how many levels of children to include, 0 to {@value #MAX_DEPTH}
     * @param expand   what to include of each item ({@code $expand})
     * @throws ado.core.error.AdoNotFoundException if there is no such project or item (TF401243)
     * @throws NullPointerException                if {@code idOrPath} or {@code expand} is null
     * @throws IllegalArgumentException            if {@code idOrPath} is blank or has a {@code .} or {@code ..}
     *                                             segment, {@code depth} is out of range or {@code expand} is
     *                                             {@code UNKNOWN}
     */
    public static QueryHierarchyItem get(ApiCall project, String idOrPath, int depth, QueryExpand expand) {
        return options(item(project, idOrPath), depth, expand).get(API_VERSION).as(QueryHierarchyItem.class);
    }

    /**
     * {@return the new folder {@code name} in folder {@code parentIdOrPath}}
     *
     * @param project        the project scope, {@code client.api().project(p)}
     * @param parentIdOrPath the parent folder's id or path, such as {@code Shared Queries}
     * @param name           the folder name
     * @throws ado.core.error.AdoConflictException   if the parent has an item of that name
     * @throws ado.core.error.AdoBadRequestException if the parent is a query or the name is not valid
     * @throws ado.core.error.AdoNotFoundException   if there is no such project or parent
     * @throws NullPointerException                  if {@code parentIdOrPath} or {@code name} is null
     * @throws IllegalArgumentException              if an argument is blank or the path has a {@code .} or {@code ..}
     *                                               segment
     */
    public static QueryHierarchyItem createFolder(ApiCall project, String parentIdOrPath, String name) {
        JsonObject body = JsonObject.builder().put("name", Checks.nonBlank(name, "name")).put("isFolder", true)
                .build();
        return item(project, parentIdOrPath).post(API_VERSION).body(Body.json(body)).as(QueryHierarchyItem.class);
    }

    /**
     * {@return the new query {@code name} running {@code wiql}, in folder {@code parentIdOrPath}}
     *
     * @param project        the project scope, {@code client.api().project(p)}
     * @param parentIdOrPath the parent folder's id or path, such as {@code Shared Queries}
     * @param name           the query name
     * @param wiql           the query text, such as {@code SELECT [System.Id] FROM WorkItems WHERE ...}
     * @throws ado.core.error.AdoBadRequestException if the WIQL is not valid or the parent is a query
     * @throws ado.core.error.AdoConflictException   if the parent has an item of that name
     * @throws ado.core.error.AdoNotFoundException   if there is no such project or parent
     * @throws NullPointerException                  if a string argument is null
     * @throws IllegalArgumentException              if a string argument is blank or the path has a {@code .} or
     *                                               {@code ..} segment
     */
    public static QueryHierarchyItem create(ApiCall project, String parentIdOrPath, String name, String wiql) {
        JsonObject body = JsonObject.builder().put("name", Checks.nonBlank(name, "name"))
                .put("wiql", Checks.nonBlank(wiql, "wiql")).build();
        return item(project, parentIdOrPath).post(API_VERSION).body(Body.json(body)).as(QueryHierarchyItem.class);
    }

    /**
     * {@return the item after renaming it to {@code name}}
     *
     * @param project  the project scope, {@code client.api().project(p)}
     * @param idOrPath the item's id or its path, such as {@code Shared Queries/Team/Active bugs}
     * @param name     the new name
     * @throws ado.core.error.AdoNotFoundException if there is no such project or item (TF401243)
     * @throws ado.core.error.AdoConflictException if its folder has an item of that name
     * @throws NullPointerException                if {@code idOrPath} or {@code name} is null
     * @throws IllegalArgumentException            if an argument is blank or the path has a {@code .} or {@code ..}
     *                                             segment
     */
    public static QueryHierarchyItem rename(ApiCall project, String idOrPath, String name) {
        return update(project, idOrPath, JsonObject.builder().put("name", Checks.nonBlank(name, "name")).build());
    }

    /**
     * {@return the query after replacing its WIQL with {@code wiql}}
     *
     * @param project  the project scope, {@code client.api().project(p)}
     * @param idOrPath the item's id or its path, such as {@code Shared Queries/Team/Active bugs}
     * @param wiql     the new query text
     * @throws ado.core.error.AdoNotFoundException   if there is no such project or item (TF401243)
     * @throws ado.core.error.AdoBadRequestException if the WIQL is not valid
     * @throws NullPointerException                  if {@code idOrPath} or {@code wiql} is null
     * @throws IllegalArgumentException              if an argument is blank or the path has a {@code .} or {@code ..}
     *                                               segment
     */
    public static QueryHierarchyItem updateWiql(ApiCall project, String idOrPath, String wiql) {
        return update(project, idOrPath, JsonObject.builder().put("wiql", Checks.nonBlank(wiql, "wiql")).build());
    }

    /**
     * {@return the item {@code id} after moving it into folder {@code newParentIdOrPath}} (Azure DevOps moves by
     * posting the item's id to the new parent)
     *
     * @param project           the project scope, {@code client.api().project(p)}
     * @param id                the id of the query or folder to move
     * @param newParentIdOrPath the id or path of the folder to move it into
     * @throws ado.core.error.AdoNotFoundException if there is no such project, item or folder
     * @throws NullPointerException                if {@code id} or {@code newParentIdOrPath} is null
     * @throws IllegalArgumentException            if {@code newParentIdOrPath} is blank or has a {@code .} or
     *                                             {@code ..} segment
     */
    public static QueryHierarchyItem move(ApiCall project, UUID id, String newParentIdOrPath) {
        Objects.requireNonNull(id, "id == null");
        return item(project, newParentIdOrPath).post(API_VERSION)
                .body(Body.json(JsonObject.builder().put("id", id.toString()).build())).as(QueryHierarchyItem.class);
    }

    /**
     * Deletes the query, or the folder with everything in it.
     *
     * @param project  the project scope, {@code client.api().project(p)}
     * @param idOrPath the item's id or its path, such as {@code Shared Queries/Team/Active bugs}
     * @throws ado.core.error.AdoNotFoundException if there is no such project or item (TF401243)
     * @throws NullPointerException                if {@code idOrPath} is null
     * @throws IllegalArgumentException            if {@code idOrPath} is blank or has a {@code .} or {@code ..} segment
     */
    public static void delete(ApiCall project, String idOrPath) {
        item(project, idOrPath).delete(API_VERSION).send();
    }

    private static QueryHierarchyItem update(ApiCall project, String idOrPath, JsonObject body) {
        return item(project, idOrPath).patch(API_VERSION).body(Body.json(body)).as(QueryHierarchyItem.class);
    }

    private static ApiCall item(ApiCall project, String idOrPath) {
        Objects.requireNonNull(project, "project == null");
        return project.apis("wit", "queries").pathOf(Checks.nonBlank(idOrPath, "idOrPath"), "idOrPath");
    }

    private static ApiCall options(ApiCall call, int depth, QueryExpand expand) {
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be 0.." + MAX_DEPTH + ": " + depth);
        }
        Objects.requireNonNull(expand, "expand == null");
        if (expand == QueryExpand.UNKNOWN) {
            throw new IllegalArgumentException("expand must not be UNKNOWN");
        }
        return call.query("$depth", depth).query("$expand", JsonNames.wireName(expand));
    }
}
