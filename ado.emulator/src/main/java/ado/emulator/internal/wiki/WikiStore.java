package ado.emulator.internal.wiki;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The organisation's wikis and their pages. Every page write gets a new version (40 hex digits, as ADO's page
 * versions are Git object ids); an update or delete given a version other than the current one is refused and
 * changes nothing. Page writes of one wiki are serialised.
 */
public final class WikiStore {

    /**
     * A wiki.
     *
     * @param id           its id
     * @param name         its name
     * @param projectWiki  whether it is the project wiki (otherwise a code wiki)
     * @param projectId    its project
     * @param repositoryId its backing repository
     * @param mappedPath   the published folder
     * @param branch       the published branch
     * @param pages        its pages by path (case-insensitive), guarded by the wiki
     */
    public record Wiki(UUID id, String name, boolean projectWiki, UUID projectId, UUID repositoryId,
                       String mappedPath, String branch, Map<String, Page> pages, Map<String, byte[]> attachments) {
    }

    /**
     * A page revision.
     *
     * @param id      the page id (kept across updates and moves)
     * @param path    its path
     * @param order   its position among its siblings
     * @param content its Markdown
     * @param version its version
     */
    public record Page(int id, String path, int order, String content, String version) {
    }

    private final Map<UUID, Wiki> wikis = new ConcurrentHashMap<>();
    private final AtomicInteger pageIds = new AtomicInteger();
    private final AtomicInteger versions = new AtomicInteger();

    /** {@return the new wiki} */
    public synchronized Wiki create(String name, boolean projectWiki, UUID projectId, UUID repositoryId,
                                    String mappedPath, String branch, String projectName) {
        if (projectWiki && inProject(projectId).stream().anyMatch(Wiki::projectWiki)) {
            throw WikiErrors.projectWikiExists(projectName);
        }
        if (inProject(projectId).stream().anyMatch(w -> w.name().equalsIgnoreCase(name))) {
            throw WikiErrors.invalid("A wiki named '" + name + "' already exists in the project.");
        }
        var wiki = new Wiki(UUID.nameUUIDFromBytes(("wiki/" + projectId + "/" + name).getBytes(StandardCharsets.UTF_8)),
                name, projectWiki, projectId, repositoryId, mappedPath, branch,
                new TreeMap<>(String.CASE_INSENSITIVE_ORDER), new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
        wikis.put(wiki.id(), wiki);
        return wiki;
    }

    /** {@return the project's wikis, by name} */
    public List<Wiki> inProject(UUID projectId) {
        return wikis.values().stream().filter(w -> w.projectId().equals(projectId))
                .sorted(Comparator.comparing(Wiki::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** {@return the project's wiki with that name or id} */
    public Wiki find(UUID projectId, String nameOrId) {
        return inProject(projectId).stream().filter(w -> w.name().equalsIgnoreCase(nameOrId)
                || w.id().toString().equalsIgnoreCase(nameOrId)).findFirst()
                .orElseThrow(() -> WikiErrors.wikiNotFound(nameOrId));
    }

    /** Deletes (unpublishes) a code wiki; the project wiki cannot be deleted. */
    public void delete(Wiki wiki) {
        if (wiki.projectWiki()) {
            throw WikiErrors.invalid("The project wiki '" + wiki.name() + "' cannot be deleted; only code wikis "
                    + "can be unpublished.");
        }
        wikis.remove(wiki.id());
    }

    /** {@return page {@code path}} */
    public Page page(Wiki wiki, String path) {
        synchronized (wiki) {
            Page p = wiki.pages().get(normalise(path));
            if (p == null) {
                throw WikiErrors.pageNotFound(path);
            }
            return p;
        }
    }

    /** {@return page {@code id}} */
    public Page page(Wiki wiki, int id) {
        synchronized (wiki) {
            return wiki.pages().values().stream().filter(p -> p.id() == id).findFirst()
                    .orElseThrow(() -> WikiErrors.pageNotFound(id));
        }
    }

    /** {@return the direct sub-pages of {@code path} ("/": the top-level pages), by order then path} */
    public List<Page> children(Wiki wiki, String path) {
        String prefix = path.equals("/") ? "/" : normalise(path) + "/";
        synchronized (wiki) {
            return wiki.pages().values().stream()
                    .filter(p -> p.path().startsWith(prefix) && p.path().indexOf('/', prefix.length()) < 0
                            && !p.path().equals(prefix))
                    .sorted(Comparator.comparingInt(Page::order).thenComparing(Page::path)).toList();
        }
    }

    /**
     * {@return the page written: created when {@code ifMatch} is absent (409 when it exists), updated when it is the
     * current version (412 otherwise, 404 when the page does not exist)}
     */
    public Page put(Wiki wiki, String path, String content, Optional<String> ifMatch) {
        String p = normalise(path);
        synchronized (wiki) {
            Page current = wiki.pages().get(p);
            if (ifMatch.isEmpty()) {
                if (current != null) {
                    throw WikiErrors.pageExists(p);
                }
                String parent = parent(p);
                if (!parent.equals("/") && !wiki.pages().containsKey(parent)) {
                    throw WikiErrors.parentMissing(p, parent);
                }
                var created = new Page(pageIds.incrementAndGet(), p, children(wiki, parent).size(), content,
                        newVersion(p, content));
                wiki.pages().put(p, created);
                return created;
            }
            if (current == null) {
                throw WikiErrors.pageNotFound(p);
            }
            requireVersion(current, ifMatch.get());
            var updated = new Page(current.id(), p, current.order(), content, newVersion(p, content));
            wiki.pages().put(p, updated);
            return updated;
        }
    }

    /** {@return the deleted page; its sub-pages go with it; a given version must be current} */
    public Page delete(Wiki wiki, String path, Optional<String> ifMatch) {
        String p = normalise(path);
        synchronized (wiki) {
            Page current = page(wiki, p);
            if (ifMatch.isPresent()) {
                requireVersion(current, ifMatch.get());
            }
            wiki.pages().keySet().removeIf(k -> within(k, p));
            return current;
        }
    }

    /** {@return the page moved from {@code path} to {@code newPath} with its sub-pages} */
    public Page move(Wiki wiki, String path, String newPath, Integer newOrder) {
        String from = normalise(path);
        String to = normalise(newPath);
        synchronized (wiki) {
            Page page = page(wiki, from);
            if (wiki.pages().containsKey(to)) {
                throw WikiErrors.pageExists(to);
            }
            if (within(to, from)) {
                throw WikiErrors.invalid("The page '" + from + "' cannot be moved below itself: '" + to + "'.");
            }
            String parent = parent(to);
            if (!parent.equals("/") && !wiki.pages().containsKey(parent)) {
                throw WikiErrors.parentMissing(to, parent);
            }
            var moved = new ArrayList<Page>();
            for (Page p : List.copyOf(wiki.pages().values())) {
                if (within(p.path(), from)) {
                    wiki.pages().remove(p.path());
                    String target = to + p.path().substring(from.length());
                    int order = p.id() == page.id() && newOrder != null ? newOrder : p.order();
                    moved.add(new Page(p.id(), target, order, p.content(), newVersion(target, p.content())));
                }
            }
            moved.forEach(p -> wiki.pages().put(p.path(), p));
            return wiki.pages().get(to);
        }
    }

    /** {@return the version of the new attachment {@code name}; 409 when the wiki has one of that name} */
    public String attach(Wiki wiki, String name, byte[] content) {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw WikiErrors.invalid("The attachment name '" + name + "' is not valid.");
        }
        synchronized (wiki) {
            if (wiki.attachments().containsKey(name)) {
                throw new ado.emulator.internal.http.AdoError(409, "WikiAttachmentAlreadyExistsException",
                        "Microsoft.TeamFoundation.Wiki.Server", "The attachment '" + name + "' already exists.");
            }
            wiki.attachments().put(name, content.clone());
            return newVersion("/.attachments/" + name, new String(content, StandardCharsets.ISO_8859_1));
        }
    }

    /** {@return {@code path} without a trailing slash, starting with one; 400 when blank} */
    public static String normalise(String path) {
        if (path == null || path.isBlank()) {
            throw WikiErrors.invalid("The page path must not be empty.");
        }
        String p = path.startsWith("/") ? path : "/" + path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals("/")) {
            throw WikiErrors.invalid("The page path '/' is the wiki root, which is not a page.");
        }
        return p;
    }

    /** {@return whether {@code path} is {@code root} or below it, ignoring case} */
    private static boolean within(String path, String root) {
        return path.equalsIgnoreCase(root) || path.toLowerCase(java.util.Locale.ROOT)
                .startsWith(root.toLowerCase(java.util.Locale.ROOT) + "/");
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** ADO compares If-Match with the ETag as sent, quotes included: a bare version does not match (412). */
    private static void requireVersion(Page current, String ifMatch) {
        if (!ifMatch.strip().equals("\"" + current.version() + "\"")) {
            throw WikiErrors.staleVersion(current.path());
        }
    }

    private String newVersion(String path, String content) {
        try {
            var sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update((versions.incrementAndGet() + "\n" + path + "\n" + content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing", e);
        }
    }
}
