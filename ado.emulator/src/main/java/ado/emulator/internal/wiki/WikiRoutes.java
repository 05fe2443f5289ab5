package ado.emulator.internal.wiki;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.git.Repository;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.util.ArrayList;
import java.util.UUID;

/**
 * Wikis (list, get, create project or code wiki, delete a code wiki) and pages: get by path (with content and
 * {@code recursionLevel}) or id, create or update with PUT ({@code If-Match} carrying the version from the
 * {@code ETag} header), delete, page moves, and attachments (PUT, base64 body). Every single-page answer carries
 * the page's version as {@code ETag}.
 */
public final class WikiRoutes {

    private static final String WIKI = "{project}/_apis/wiki/wikis/{wikiIdentifier}";

    /** A Markdown link to a wiki attachment: {@code .attachments/name}, up to the link's end. */
    private static final java.util.regex.Pattern ATTACHMENT_LINK =
            java.util.regex.Pattern.compile("\\.attachments/([^)\\s\"'#?]+)");

    private final OrgStore org;
    private final RepoStore repos;
    private final WikiStore store;

    /** Creates the routes. */
    public WikiRoutes(OrgStore org, RepoStore repos, WikiStore store) {
        this.org = org;
        this.repos = repos;
        this.store = store;
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", "{project}/_apis/wiki/wikis", c -> Reply.json(Wire.envelope(store.inProject(project(c).id())
                .stream().map(w -> (JsonValue) wiki(c, w)).toList())));
        r.add("POST", "{project}/_apis/wiki/wikis", this::create);
        r.add("GET", WIKI, c -> Reply.json(wiki(c, find(c))));
        r.add("DELETE", WIKI, c -> {
            WikiStore.Wiki w = find(c);
            store.delete(w);
            return Reply.json(wiki(c, w));
        });
        r.add("GET", WIKI + "/pages", this::getPage);
        r.add("PUT", WIKI + "/pages", this::putPage);
        r.add("DELETE", WIKI + "/pages", c -> {
            WikiStore.Wiki w = find(c);
            WikiStore.Page p = store.delete(w, path(c), c.header("If-Match"));
            return versioned(page(c, w, p, false, 0), p);
        });
        r.add("GET", WIKI + "/pages/{id}", c -> {
            WikiStore.Wiki w = find(c);
            WikiStore.Page p = store.page(w, pageId(c));
            return versioned(page(c, w, p, c.flag("includeContent"), depth(c)), p);
        });
        r.add("GET", WIKI + "/pages/{id}/attachments", this::pageAttachments);
        r.add("POST", WIKI + "/pagemoves", this::move);
        r.add("PUT", WIKI + "/attachments", this::attach);
    }

    /**
     * The wiki's attachments page {@code id} links to ({@code .attachments/name} in its Markdown), in the order of
     * their first link. Microsoft's 7.1 specification has no such operation; pyado calls it.
     */
    private Reply pageAttachments(Call c) {
        WikiStore.Wiki w = find(c);
        WikiStore.Page p = store.page(w, pageId(c));
        var names = new java.util.LinkedHashSet<String>();
        java.util.regex.Matcher m = ATTACHMENT_LINK.matcher(p.content());
        while (m.find()) {
            names.add(java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8));
        }
        java.util.List<JsonValue> out = new ArrayList<>();
        synchronized (w) {
            for (String name : names) {
                if (w.attachments().containsKey(name)) {
                    out.add(JsonObject.builder().put("name", name).put("path", "/.attachments/" + name).build());
                }
            }
        }
        return Reply.json(Wire.envelope(out));
    }

    private Reply create(Call call) {
        Project p = project(call);
        JsonObject body = Bodies.object(call.json(), "body");
        String name = Bodies.string(body, "name");
        String type = Bodies.optionalString(body, "type").orElse("projectWiki");
        if (type.equalsIgnoreCase("codeWiki")) {
            Repository repo = repos.find(p.id(), Bodies.string(body, "repositoryId"));
            String mapped = Bodies.string(body, "mappedPath");
            String branch = Bodies.optionalObject(body, "version").flatMap(v -> Bodies.optionalString(v, "version"))
                    .orElseThrow(() -> AdoError.missingArgument("version"));
            return Reply.json(201, wiki(call, store.create(name, false, p.id(), repo.id(), mapped, branch, p.name())));
        }
        if (!type.equalsIgnoreCase("projectWiki")) {
            throw WikiErrors.invalid("The wiki type '" + type + "' is not supported; use projectWiki or codeWiki.");
        }
        UUID backing = UUID.nameUUIDFromBytes(("wiki-repository/" + p.id()).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        return Reply.json(201, wiki(call, store.create(name, true, p.id(), backing, "/", "wikiMaster", p.name())));
    }

    private Reply getPage(Call call) {
        WikiStore.Wiki w = find(call);
        String path = call.query("path").orElse("/");
        int depth = depth(call);
        if (path.equals("/")) {
            var subs = new ArrayList<JsonValue>();
            if (depth > 0) {
                for (WikiStore.Page child : store.children(w, "/")) {
                    subs.add(page(call, w, child, false, depth - 1));
                }
            }
            return Reply.json(JsonObject.builder().put("path", "/").put("order", 0).put("gitItemPath", "/")
                    .put("subPages", new JsonArray(subs)).put("url", pagesUrl(call, w) + "?path=/")
                    .put("isParentPage", !store.children(w, "/").isEmpty()).build());
        }
        WikiStore.Page p = store.page(w, path);
        return versioned(page(call, w, p, call.flag("includeContent"), depth), p);
    }

    private Reply putPage(Call call) {
        WikiStore.Wiki w = find(call);
        JsonObject body = Bodies.object(call.json(), "body");
        String content = Bodies.optionalString(body, "content").orElse("");
        boolean creating = call.header("If-Match").isEmpty();
        WikiStore.Page p = store.put(w, path(call), content, call.header("If-Match"));
        Reply reply = versioned(page(call, w, p, true, 0), p);
        return creating ? new Reply(201, reply.contentType(), reply.headers(), reply.body()) : reply;
    }

    private Reply move(Call call) {
        WikiStore.Wiki w = find(call);
        JsonObject body = Bodies.object(call.json(), "body");
        String from = Bodies.string(body, "path");
        String to = Bodies.string(body, "newPath");
        Integer order = body.get("newOrder") instanceof ado.core.json.JsonNumber n ? n.intValue() : null;
        WikiStore.Page moved = store.move(w, from, to, order);
        var out = JsonObject.builder().put("path", from).put("newPath", to);
        if (order != null) {
            out.put("newOrder", order);
        }
        out.put("page", page(call, w, moved, false, 0));
        Reply reply = Reply.json(201, out.build());
        return reply.withHeader("ETag", "\"" + moved.version() + "\"");
    }

    /** The body is the attachment's content, base64-encoded, sent as application/octet-stream. */
    private Reply attach(Call call) {
        WikiStore.Wiki w = find(call);
        String name = call.query("name").orElseThrow(() -> AdoError.missingArgument("name"));
        byte[] content;
        try {
            content = java.util.Base64.getMimeDecoder().decode(call.bytes());
        } catch (IllegalArgumentException e) {
            throw WikiErrors.invalid("The attachment content must be base64-encoded: " + e.getMessage());
        }
        String version = store.attach(w, name, content);
        return Reply.json(201, JsonObject.builder().put("name", name).put("path", "/.attachments/" + name).build())
                .withHeader("ETag", "\"" + version + "\"");
    }

    private static Reply versioned(JsonObject page, WikiStore.Page p) {
        return Reply.json(page).withHeader("ETag", "\"" + p.version() + "\"");
    }

    private JsonObject page(Call call, WikiStore.Wiki w, WikiStore.Page p, boolean content, int depth) {
        var subs = new ArrayList<JsonValue>();
        java.util.List<WikiStore.Page> children = store.children(w, p.path());
        if (depth > 0) {
            for (WikiStore.Page child : children) {
                subs.add(page(call, w, child, false, depth - 1));
            }
        }
        var b = JsonObject.builder().put("id", p.id()).put("path", p.path()).put("order", p.order())
                .put("gitItemPath", p.path().replace(' ', '-') + ".md")
                .put("subPages", new JsonArray(subs))
                .put("isParentPage", !children.isEmpty())
                .put("url", pagesUrl(call, w) + "/" + p.id())
                .put("remoteUrl", Wire.of(call, org).url("/" + org.project(w.projectId()).name() + "/_wiki/wikis/"
                        + w.name() + "/" + p.id()));
        if (content) {
            b.put("content", p.content());
        }
        return b.build();
    }

    private JsonObject wiki(Call call, WikiStore.Wiki w) {
        Wire wire = Wire.of(call, org);
        String url = wire.url("/" + w.projectId() + "/_apis/wiki/wikis/" + w.id());
        return JsonObject.builder().put("id", w.id().toString())
                .put("versions", JsonArray.of(JsonObject.builder().put("version", w.branch()).build()))
                .put("url", url)
                .put("remoteUrl", wire.url("/" + org.project(w.projectId()).name() + "/_wiki/wikis/" + w.name()))
                .put("type", w.projectWiki() ? "projectWiki" : "codeWiki")
                .put("name", w.name())
                .put("projectId", w.projectId().toString())
                .put("repositoryId", w.repositoryId().toString())
                .put("mappedPath", w.mappedPath())
                .build();
    }

    private String pagesUrl(Call call, WikiStore.Wiki w) {
        return Wire.of(call, org).url("/" + w.projectId() + "/_apis/wiki/wikis/" + w.id() + "/pages");
    }

    private static int depth(Call call) {
        return switch (WireEnums.RECURSION.query(call, "recursionLevel").orElse("none")) {
            case "none" -> 0;
            case "oneLevel", "oneLevelPlusNestedEmptyFolders" -> 1;   // a wiki has no empty folders
            default -> Integer.MAX_VALUE;                             // full
        };
    }

    private static String path(Call call) {
        return call.query("path").orElseThrow(() -> AdoError.missingArgument("path"));
    }

    private static int pageId(Call call) {
        try {
            return Integer.parseInt(call.var("id"));
        } catch (NumberFormatException e) {
            throw WikiErrors.pageNotFound(call.var("id"));
        }
    }

    private WikiStore.Wiki find(Call call) {
        return store.find(project(call).id(), call.var("wikiIdentifier"));
    }

    private Project project(Call call) {
        return org.project(call.var("project"));
    }
}
