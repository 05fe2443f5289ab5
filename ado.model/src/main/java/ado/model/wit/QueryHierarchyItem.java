package ado.model.wit;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.ReferenceLink;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A saved query or query folder. What is present depends on {@code $expand}: {@link QueryExpand#MINIMAL} sends
 * little more than id, name and path; {@code wiql} needs {@link QueryExpand#WIQL} or {@link QueryExpand#ALL};
 * {@code children} are sent to the requested {@code $depth}. Members ado4j does not map are kept in
 * {@link #other()}.
 *
 * @param id               the id
 * @param name             the name
 * @param path             the path from the root folder, such as {@code Shared Queries/Team/Active bugs}
 * @param createdBy        who created it, or {@code null}
 * @param createdDate      when, or {@code null}
 * @param lastModifiedBy   who changed it last, or {@code null}
 * @param lastModifiedDate when, or {@code null}
 * @param isFolder         whether it is a folder ({@code null}, as ADO omits it for queries, means a query)
 * @param hasChildren      whether a folder has children, or {@code null}
 * @param children         the children sent; empty when none were sent
 * @param isPublic         whether it is shared, or {@code null}
 * @param isDeleted        whether it is deleted, or {@code null}
 * @param queryType        a query's kind, or {@code null}
 * @param wiql             a query's WIQL, or {@code null} when not expanded
 * @param columns          a query's columns; empty when not expanded
 * @param sortColumns      a query's sort columns; empty when not expanded
 * @param links            the {@code _links}; empty when absent
 * @param url              the REST URL, or {@code null}
 * @param other            members not mapped above, such as {@code clauses}
 */
public record QueryHierarchyItem(
        UUID id,
        String name,
        String path,
        IdentityRef createdBy,
        Instant createdDate,
        IdentityRef lastModifiedBy,
        Instant lastModifiedDate,
        Boolean isFolder,
        Boolean hasChildren,
        List<QueryHierarchyItem> children,
        Boolean isPublic,
        Boolean isDeleted,
        QueryType queryType,
        String wiql,
        List<WiqlColumn> columns,
        List<WiqlSortColumn> sortColumns,
        @JsonName("_links") Map<String, ReferenceLink> links,
        String url,
        @JsonUnmapped JsonObject other) {

    /**
     * Checks id, name and path, and copies the collections.
     *
     * @param id               the id
     * @param name             the name
     * @param path             the path from the root folder, such as {@code Shared Queries/Team/Active bugs}
     * @param createdBy        who created it, or {@code null}
     * @param createdDate      when, or {@code null}
     * @param lastModifiedBy   who changed it last, or {@code null}
     * @param lastModifiedDate when, or {@code null}
     * @param isFolder         whether it is a folder ({@code null}, as ADO omits it for queries, means a query)
     * @param hasChildren      whether a folder has children, or {@code null}
     * @param children         the children sent; empty when none were sent
     * @param isPublic         whether it is shared, or {@code null}
     * @param isDeleted        whether it is deleted, or {@code null}
     * @param queryType        a query's kind, or {@code null}
     * @param wiql             a query's WIQL, or {@code null} when not expanded
     * @param columns          a query's columns; empty when not expanded
     * @param sortColumns      a query's sort columns; empty when not expanded
     * @param links            the {@code _links}; empty when absent
     * @param url              the REST URL, or {@code null}
     * @param other            members not mapped above, such as {@code clauses}
     * @throws NullPointerException     if {@code id}, {@code name} or {@code path} is null or {@code children},
     *                                  {@code columns}, {@code sortColumns} or {@code links} contains null
     * @throws IllegalArgumentException if {@code name} is blank or {@code path} is blank
     */
    public QueryHierarchyItem {
        Objects.requireNonNull(id, "id == null");
        Checks.nonBlank(name, "name");
        Checks.nonBlank(path, "path");
        children = Copies.list(children, "children");
        columns = Copies.list(columns, "columns");
        sortColumns = Copies.list(sortColumns, "sortColumns");
        links = Copies.map(links, "links");
        other = other == null ? JsonObject.EMPTY : other;
    }

    /** {@return whether this is a folder} */
    public boolean folder() {
        return Boolean.TRUE.equals(isFolder);
    }
}
