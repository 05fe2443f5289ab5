package ado.model.wiki;

import ado.core.AdoResponse;
import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;

/**
 * Wiki pages ({@code {project}/_apis/wiki/wikis/{wiki}/pages}): reads return the page with its version (the
 * {@code ETag} header); updates and deletes send that version as {@code If-Match}, so a page someone else changed
 * in between is refused with {@link ado.core.error.AdoPreconditionFailedException} and left as they wrote it.
 */
public final class WikiPages {

    private static final String VERSION = Wikis.API_VERSION;
    /** The api-version of wiki attachments (preview only in 7.1). */
    public static final String ATTACHMENTS_VERSION = "7.1-preview.1";

    private WikiPages() {
    }

    /** How deep to list sub-pages. */
    public enum Recursion {
        /** The page only. */
        NONE,
        /** The page and its children. */
        ONE_LEVEL,
        /** The whole subtree. */
        FULL;

        String wire() {
            return switch (this) {
                case NONE -> "none";
                case ONE_LEVEL -> "oneLevel";
                case FULL -> "full";
            };
        }
    }

    /**
     * {@return page {@code path} with its Markdown and version}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param wiki    the wiki's name or id
     * @param path    the page path, such as {@code /Home}
     * @throws ado.core.error.AdoNotFoundException  if there is no such page
     * @throws ado.core.error.AdoTransportException if the response has no {@code ETag}
     * @throws NullPointerException                 if {@code wiki} or {@code path} is null
     * @throws IllegalArgumentException             if {@code wiki} or {@code path} is blank, or {@code path} does
     *                                              not start with {@code /}
     */
    public static VersionedWikiPage get(ApiCall project, String wiki, String path) {
        return versioned(pages(project, wiki).query("path", path(path)).query("includeContent", true)
                .get(VERSION).exchange(WikiPage.class));
    }

    /**
     * {@return page {@code path} without content, with its sub-pages down to {@code recursion}}
     *
     * @param project   the project scope ({@code client.api().project(name)})
     * @param wiki      the wiki's name or id
     * @param path      the page path, {@code /} for the whole wiki
     * @param recursion how deep to list sub-pages
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code wiki} or {@code path} is blank, or {@code path} does not start
     *                                  with {@code /}
     */
    public static WikiPage tree(ApiCall project, String wiki, String path, Recursion recursion) {
        Objects.requireNonNull(recursion, "recursion == null");
        return pages(project, wiki).query("path", path(path)).query("recursionLevel", recursion.wire())
                .get(VERSION).as(WikiPage.class);
    }

    /**
     * {@return page {@code id} with its Markdown and version}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param wiki    the wiki's name or id
     * @param id      the page id, positive
     * @throws ado.core.error.AdoNotFoundException  if there is no such page
     * @throws ado.core.error.AdoTransportException if the response has no {@code ETag}
     * @throws NullPointerException                 if {@code wiki} is null
     * @throws IllegalArgumentException             if {@code wiki} is blank or {@code id} is not positive
     */
    public static VersionedWikiPage get(ApiCall project, String wiki, int id) {
        return versioned(pages(project, wiki).path(Integer.toString(Copies.positive(id, "id")))
                .query("includeContent", true).get(VERSION).exchange(WikiPage.class));
    }

    /**
     * {@return the new page {@code path} (PUT without If-Match)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param wiki    the wiki's name or id
     * @param path    the page path, such as {@code /Home/Setup}
     * @param content the page's Markdown
     * @throws ado.core.error.AdoConflictException  if the page exists
     * @throws ado.core.error.AdoTransportException if the response has no {@code ETag}
     * @throws NullPointerException                 if an argument is null
     * @throws IllegalArgumentException             if {@code wiki} or {@code path} is blank, or {@code path} does
     *                                              not start with {@code /}
     */
    public static VersionedWikiPage create(ApiCall project, String wiki, String path, String content) {
        return versioned(pages(project, wiki).query("path", path(path)).put(VERSION)
                .body(Body.json(content(content))).exchange(WikiPage.class));
    }

    /**
     * {@return page {@code path} with new content, if it is still at {@code version}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param wiki    the wiki's name or id
     * @param path    the page path
     * @param content the page's new Markdown
     * @param version the page version read with it ({@link VersionedWikiPage}), sent as {@code If-Match}
     * @throws ado.core.error.AdoPreconditionFailedException when the page changed since {@code version}
     * @throws NullPointerException                          if an argument is null
     * @throws IllegalArgumentException                      if {@code wiki}, {@code path} or {@code version} is
     *                                                       blank, or {@code path} does not start with {@code /}
     */
    public static VersionedWikiPage update(ApiCall project, String wiki, String path, String content,
                                           String version) {
        return versioned(pages(project, wiki).query("path", path(path)).put(VERSION)
                .header("If-Match", Checks.nonBlank(version, "version")).body(Body.json(content(content)))
                .exchange(WikiPage.class));
    }

    /**
     * {@return the deleted page {@code path}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param wiki    the wiki's name or id
     * @param path    the page path
     * @throws NullPointerException     if {@code wiki} or {@code path} is null
     * @throws IllegalArgumentException if {@code wiki} or {@code path} is blank, or {@code path} does not start
     *                                  with {@code /}
     */
    public static WikiPage delete(ApiCall project, String wiki, String path) {
        return pages(project, wiki).query("path", path(path)).delete(VERSION).as(WikiPage.class);
    }

    /**
     * {@return the deleted page {@code path}, deleted only if it is still at {@code version}}; a page changed since
     * it was read is not lost
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param wiki    the wiki's name or id
     * @param path    the page path
     * @param version the page version read with it ({@link VersionedWikiPage}), sent as {@code If-Match}
     * @throws ado.core.error.AdoPreconditionFailedException when the page changed since {@code version} (it stays)
     * @throws NullPointerException                          if an argument is null
     * @throws IllegalArgumentException                      if {@code wiki}, {@code path} or {@code version} is
     *                                                       blank, or {@code path} does not start with {@code /}
     */
    public static WikiPage delete(ApiCall project, String wiki, String path, String version) {
        return pages(project, wiki).query("path", path(path)).delete(VERSION)
                .header("If-Match", Checks.nonBlank(version, "version")).as(WikiPage.class);
    }

    /**
     * {@return the move of page {@code path} (and its sub-pages) to {@code newPath}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param wiki    the wiki's name or id
     * @param path    the page path
     * @param newPath the page's new path
     * @throws NullPointerException     if {@code wiki}, {@code path} or {@code newPath} is null
     * @throws IllegalArgumentException if a name or path is blank, or a path does not start with {@code /}
     */
    public static WikiPageMove move(ApiCall project, String wiki, String path, String newPath) {
        JsonObject body = JsonObject.builder().put("path", path(path)).put("newPath", path(newPath)).build();
        return Wikis.scope(project, wiki).path("pagemoves").post(VERSION).body(Body.json(body))
                .as(WikiPageMove.class);
    }

    /**
     * {@return the new attachment {@code name} (link to it from Markdown by its path)}; the content is sent
     * base64-encoded as ADO expects (api-version 7.1-preview.1)
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param wiki    the wiki's name or id
     * @param name    the attachment's file name, such as {@code diagram.png}
     * @param content the file's bytes
     * @throws ado.core.error.AdoConflictException when the wiki has an attachment of that name
     * @throws NullPointerException                if {@code wiki}, {@code name} or {@code content} is null
     * @throws IllegalArgumentException            if {@code wiki} or {@code name} is blank
     */
    public static WikiAttachment attach(ApiCall project, String wiki, String name, byte[] content) {
        Checks.nonBlank(name, "name");
        Objects.requireNonNull(content, "content == null");
        return Wikis.scope(project, wiki).path("attachments").query("name", name).put(ATTACHMENTS_VERSION)
                .body(Body.octetStream(java.util.Base64.getEncoder().encode(content))).as(WikiAttachment.class);
    }

    /**
     * {@return the wiki's attachments page {@code pageId} links to}; Microsoft's 7.1 specification does not list
     * this operation (pyado calls it)
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param wiki    the wiki's name or id
     * @param pageId  the page id, positive ({@link WikiPage#id()})
     * @throws ado.core.error.AdoNotFoundException if there is no such wiki or page
     * @throws NullPointerException                if {@code wiki} is null
     * @throws IllegalArgumentException            if {@code wiki} is blank or {@code pageId} is not positive
     */
    public static List<WikiAttachment> attachments(ApiCall project, String wiki, int pageId) {
        return pages(project, wiki).path(Integer.toString(Copies.positive(pageId, "pageId")),
                "attachments").get(VERSION).asList(WikiAttachment.class);
    }

    private static VersionedWikiPage versioned(AdoResponse<WikiPage> response) {
        return new VersionedWikiPage(response.body(), response.etag().orElseThrow(() ->
                new ado.core.error.AdoTransportException("The wiki page response of " + response.uri()
                        + " has no ETag header, so the page version is unknown", null)));
    }

    private static JsonObject content(String content) {
        return JsonObject.builder().put("content", Objects.requireNonNull(content, "content == null")).build();
    }

    private static String path(String path) {
        Checks.nonBlank(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': '" + path + "'");
        }
        return path;
    }

    private static ApiCall pages(ApiCall project, String wiki) {
        return Wikis.scope(project, wiki).path("pages");
    }
}
