package ado.emulator.internal.wiql;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The saved queries of each project: the root folders {@code My Queries} (private) and {@code Shared Queries}
 * (public), created on first use, and the folders and queries below them. Items are found by id or by path
 * ({@code Shared Queries/Folder/Query}, case-insensitive). Reads return snapshots; thread-safe.
 */
public final class SavedQueries {

    /** The root folder names, in the order ADO lists them. */
    public static final List<String> ROOTS = List.of("My Queries", "Shared Queries");
    private static final int MAX_DEPTH = 2;

    private final Map<UUID, List<Item>> projects = new HashMap<>();

    /**
     * A snapshot of a folder or query.
     *
     * @param id           the id
     * @param name         the name
     * @param path         the path from the root folder, {@code /}-separated
     * @param folder       whether it is a folder
     * @param isPublic     whether it is under Shared Queries
     * @param wiql         the WIQL of a query; {@code null} for folders
     * @param queryType    {@code flat}, {@code oneHop} or {@code tree} for queries; {@code null} for folders
     * @param parentId     the parent folder's id; {@code null} for root folders
     * @param createdBy    who created it
     * @param createdDate  when
     * @param modifiedBy   who changed it last
     * @param modifiedDate when
     * @param hasChildren  whether a folder has children
     * @param children     the children to the requested depth; {@code null} when not expanded
     */
    public record Node(UUID id, String name, String path, boolean folder, boolean isPublic, String wiql,
                       String queryType, UUID parentId, UUID createdBy, Instant createdDate, UUID modifiedBy,
                       Instant modifiedDate, boolean hasChildren, List<Node> children) {
    }

    private static final class Item {
        final UUID id;
        String name;
        final boolean folder;
        String wiql;
        Item parent;
        final List<Item> children = new ArrayList<>();
        final UUID createdBy;
        final Instant createdDate;
        UUID modifiedBy;
        Instant modifiedDate;

        Item(UUID id, String name, boolean folder, String wiql, UUID by, Instant when) {
            this.id = id;
            this.name = name;
            this.folder = folder;
            this.wiql = wiql;
            this.createdBy = by;
            this.createdDate = when;
            this.modifiedBy = by;
            this.modifiedDate = when;
        }

        String path() {
            return parent == null ? name : parent.path() + "/" + name;
        }

        Item root() {
            return parent == null ? this : parent.root();
        }
    }

    /** {@return the root folders of {@code project}, with children to {@code depth} (0..2)} */
    public synchronized List<Node> roots(UUID project, UUID owner, Instant now, int depth) {
        checkDepth(depth);
        return roots(project, owner, now).stream().map(i -> node(i, depth)).toList();
    }

    /** {@return the folder or query {@code idOrPath}, with children to {@code depth}; 404 TF401243 when none} */
    public synchronized Node get(UUID project, UUID owner, Instant now, String idOrPath, int depth) {
        checkDepth(depth);
        return node(find(project, owner, now, idOrPath), depth);
    }

    /**
     * {@return the new folder or query under folder {@code parentIdOrPath}}
     *
     * @throws ado.emulator.internal.http.AdoError 400 when the parent is a query, the name is not valid or a query
     *                                             has no valid WIQL; 409 when the name is taken
     */
    public synchronized Node create(UUID project, UUID by, Instant now, String parentIdOrPath, String name,
                                    boolean folder, String wiql) {
        Item parent = folder(find(project, by, now, parentIdOrPath));
        String checkedName = checkName(name);
        unique(parent, checkedName, null);
        Item item = new Item(UUID.randomUUID(), checkedName, folder, folder ? null : checkWiql(wiql), by, now);
        item.parent = parent;
        parent.children.add(item);
        return node(item, 0);
    }

    /** {@return the item {@code id} after moving it into folder {@code parentIdOrPath}} */
    public synchronized Node move(UUID project, UUID by, Instant now, String parentIdOrPath, String id) {
        Item parent = folder(find(project, by, now, parentIdOrPath));
        Item item = find(project, by, now, id);
        if (item.parent == null) {
            throw WiqlErrors.badQueryItem("The root folder " + item.name + " cannot be moved.");
        }
        for (Item p = parent; p != null; p = p.parent) {
            if (p == item) {
                throw WiqlErrors.badQueryItem("A folder cannot be moved into itself or its subfolders.");
            }
        }
        unique(parent, item.name, item);
        item.parent.children.remove(item);
        item.parent = parent;
        parent.children.add(item);
        touch(item, by, now);
        return node(item, 0);
    }

    /** {@return the item after renaming it and/or changing its WIQL (a {@code null} argument keeps the value)} */
    public synchronized Node update(UUID project, UUID by, Instant now, String idOrPath, String name, String wiql) {
        Item item = find(project, by, now, idOrPath);
        if (item.parent == null) {
            throw WiqlErrors.badQueryItem("The root folder " + item.name + " cannot be changed.");
        }
        String newName = name == null ? item.name : checkName(name);
        if (wiql != null && item.folder) {
            throw WiqlErrors.badQueryItem("A query folder has no WIQL.");
        }
        String newWiql = wiql == null ? item.wiql : checkWiql(wiql);
        unique(item.parent, newName, item);
        item.name = newName;
        item.wiql = newWiql;
        touch(item, by, now);
        return node(item, 0);
    }

    /** Deletes the item and, for a folder, everything below it; root folders cannot be deleted. */
    public synchronized void delete(UUID project, UUID by, Instant now, String idOrPath) {
        Item item = find(project, by, now, idOrPath);
        if (item.parent == null) {
            throw WiqlErrors.badQueryItem("The root folder " + item.name + " cannot be deleted.");
        }
        item.parent.children.remove(item);
    }

    private static void touch(Item item, UUID by, Instant now) {
        item.modifiedBy = by;
        item.modifiedDate = now;
    }

    private List<Item> roots(UUID project, UUID owner, Instant now) {
        return projects.computeIfAbsent(project, p -> ROOTS.stream().map(n -> new Item(
                UUID.nameUUIDFromBytes((p + "/queries/" + n).getBytes(StandardCharsets.UTF_8)), n, true, null,
                owner, now)).toList());
    }

    private Item find(UUID project, UUID owner, Instant now, String idOrPath) {
        Objects.requireNonNull(idOrPath, "idOrPath == null");
        List<Item> roots = roots(project, owner, now);
        UUID id = parseId(idOrPath);
        if (id != null) {
            for (Item r : roots) {
                Item hit = byId(r, id);
                if (hit != null) {
                    return hit;
                }
            }
            throw WiqlErrors.queryNotFound(idOrPath);
        }
        String[] parts = idOrPath.replace('\\', '/').split("/");
        List<Item> level = roots;
        Item current = null;
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            current = level.stream().filter(i -> i.name.equalsIgnoreCase(part.strip())).findFirst()
                    .orElseThrow(() -> WiqlErrors.queryNotFound(idOrPath));
            level = current.children;
        }
        if (current == null) {
            throw WiqlErrors.queryNotFound(idOrPath);
        }
        return current;
    }

    private static Item byId(Item item, UUID id) {
        if (item.id.equals(id)) {
            return item;
        }
        for (Item c : item.children) {
            Item hit = byId(c, id);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static Item folder(Item item) {
        if (!item.folder) {
            throw WiqlErrors.badQueryItem("" + item.path() + " is a query, not a folder; queries and "
                    + "folders can be created only in a folder.");
        }
        return item;
    }

    private static void unique(Item parent, String name, Item self) {
        for (Item c : parent.children) {
            if (c != self && c.name.equalsIgnoreCase(name)) {
                throw WiqlErrors.queryExists(name, parent.path());
            }
        }
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw WiqlErrors.badQueryItem("The query or folder name must not be empty.");
        }
        String n = name.strip();
        if (n.length() > 255 || n.chars().anyMatch(c -> "/\\:*?\"<>|".indexOf(c) >= 0 || c < 32)) {
            throw WiqlErrors.badQueryItem("The name '" + n + "' is not valid: at most 255 characters "
                    + "and none of / \\ : * ? \" < > |.");
        }
        return n;
    }

    private static String checkWiql(String wiql) {
        if (wiql == null || wiql.isBlank()) {
            throw WiqlErrors.badQueryItem("A query needs its WIQL text.");
        }
        Parser.parse(wiql);
        return wiql;
    }

    private static Node node(Item i, int depth) {
        List<Node> children = i.folder && depth > 0
                ? i.children.stream().map(c -> node(c, depth - 1)).toList() : null;
        String type = null;
        if (!i.folder) {
            WiqlQuery q = Parser.parse(i.wiql);
            type = !q.links() ? "flat" : q.mode() == WiqlQuery.Mode.RECURSIVE ? "tree" : "oneHop";
        }
        return new Node(i.id, i.name, i.path(), i.folder, i.root().name.equals(ROOTS.get(1)), i.wiql, type,
                i.parent == null ? null : i.parent.id, i.createdBy, i.createdDate, i.modifiedBy, i.modifiedDate,
                !i.children.isEmpty(), children);
    }

    private static void checkDepth(int depth) {
        if (depth < 0 || depth > MAX_DEPTH) {
            throw WiqlErrors.badQueryItem("The value of $depth must be between 0 and " + MAX_DEPTH + ": " + depth);
        }
    }

    private static UUID parseId(String s) {
        if (s.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@return the parsed columns of {@code wiql}, as reference and display names} */
    public static List<WiqlResult.Column> columns(String wiql) {
        return WiqlEngine.columns(Parser.parse(wiql));
    }

    /** {@return the parsed sort columns of {@code wiql}} */
    public static List<WiqlResult.SortColumn> sortColumns(String wiql) {
        return WiqlEngine.sortColumns(Parser.parse(wiql));
    }
}
