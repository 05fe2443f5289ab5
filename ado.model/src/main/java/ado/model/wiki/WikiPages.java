package ado.model.wiki;

import ado.core.AdoResponse;
import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
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

    /** {@return page {@code path} with its Markdown and version} */
    public static VersionedWikiPage get(ApiCall project, String wiki, String path) {
        return versioned(pages(project, wiki).query("path", path(path)).query("includeContent", true)
                .get(VERSION).exchange(WikiPage.class));
    }

    /** {@return page {@code path} without content, with its sub-pages down to {@code recursion}} */
    public static WikiPage tree(ApiCall project, String wiki, String path, Recursion recursion) {
        Objects.requireNonNull(recursion, "recursion == null");
        return pages(project, wiki).query("path", path(path)).query("recursionLevel", recursion.wire())
                .get(VERSION).as(WikiPage.class);
    }

    /** {@return page {@code id} with its Markdown and version} */
    public static VersionedWikiPage get(ApiCall project, String wiki, int id) {
        return versioned(pages(project, wiki).path(Integer.toString(Copies.positive(id, "id")))
                .query("includeContent", true).get(VERSION).exchange(WikiPage.class));
    }

    /** {@return the new page {@code path} (PUT without If-Match); 409 when it exists} */
    public static VersionedWikiPage create(ApiCall project, String wiki, String path, String content) {
        return versioned(pages(project, wiki).query("path", path(path)).put(VERSION)
                .body(Body.json(content(content))).exchange(WikiPage.class));
    }

    /**
     * {@return page {@code path} with new content, if it is still at {@code version}}
     *
     * @throws ado.core.error.AdoPreconditionFailedException when the page changed since {@code version}
     */
    public static VersionedWikiPage update(ApiCall project, String wiki, String path, String content,
                                           String version) {
        return versioned(pages(project, wiki).query("path", path(path)).put(VERSION)
                .header("If-Match", Checks.nonBlank(version, "version")).body(Body.json(content(content)))
                .exchange(WikiPage.class));
    }

    /** {@return the deleted page {@code path}} */
    public static WikiPage delete(ApiCall project, String wiki, String path) {
        return pages(project, wiki).query("path", path(path)).delete(VERSION).as(WikiPage.class);
    }

    /** {@return the move of page {@code path} (and its sub-pages) to {@code newPath}} */
    public static WikiPageMove move(ApiCall project, String wiki, String path, String newPath) {
        JsonObject body = JsonObject.builder().put("path", path(path)).put("newPath", path(newPath)).build();
        return Wikis.scope(project, wiki).path("pagemoves").post(VERSION).body(Body.json(body))
                .as(WikiPageMove.class);
    }

    /**
     * {@return the new attachment {@code name} (link to it from Markdown by its path)}; the content is sent
     * base64-encoded as ADO expects (api-version 7.1-preview.1)
     *
     * @throws ado.core.error.AdoConflictException when the wiki has an attachment of that name
     */
    public static WikiAttachment attach(ApiCall project, String wiki, String name, byte[] content) {
        Checks.nonBlank(name, "name");
        Objects.requireNonNull(content, "content == null");
        return Wikis.scope(project, wiki).path("attachments").query("name", name).put(ATTACHMENTS_VERSION)
                .body(Body.octetStream(java.util.Base64.getEncoder().encode(content))).as(WikiAttachment.class);
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
