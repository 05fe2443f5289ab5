package ado.emulator.internal.wit;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Dates;
import ado.emulator.internal.wire.Pages;
import ado.emulator.internal.wire.Wire;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work items: get (fields, {@code $expand}, {@code asOf}), list by ids and the batch read (at most 200 ids,
 * {@code errorPolicy}), create and update by JSON Patch ({@code validateOnly}, {@code bypassRules}), delete to the
 * recycle bin or destroy, the recycle bin (list, get, restore, destroy), revisions and updates, comments (paged by a
 * continuation token in the body), attachments (whole or chunked by {@code Content-Range}, download) and project
 * tags.
 */
public final class WorkItemRoutes {

    private static final int MAX_IDS = 200;
    private static final Pattern RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+)");

    private final OrgStore org;
    private final WorkItemStore store;
    private final Attachments attachments;
    private final RenderCache rendered = new RenderCache();

    /** Creates the routes over {@code store}. */
    public WorkItemRoutes(OrgStore org, WorkItemStore store, Attachments attachments) {
        this.org = org;
        this.store = store;
        this.attachments = attachments;
    }

    /** Adds the routes. */
    public void register(Router r) {
        for (String scope : List.of("", "{project}/")) {
            String wi = scope + "_apis/wit/workitems/{id}";
            r.add("GET", scope + "_apis/wit/workitems", this::list);
            r.add("POST", scope + "_apis/wit/workitemsbatch", this::batch);
            r.add("GET", wi, this::get);
            r.add("PATCH", wi, this::update);
            r.add("DELETE", wi, this::delete);
            r.add("GET", wi + "/revisions", this::revisions);
            r.add("GET", wi + "/revisions/{rev}", this::revision);
            r.add("GET", wi + "/updates", this::updates);
            r.add("GET", wi + "/updates/{rev}", this::oneUpdate);
            r.add("POST", scope + "_apis/wit/attachments", this::upload);
            r.add("PUT", scope + "_apis/wit/attachments/{attachmentId}", this::chunk);
            r.add("GET", scope + "_apis/wit/attachments/{attachmentId}", this::download);
        }
        r.add("POST", "{project}/_apis/wit/workitems/{type}", this::create);
        r.add("GET", "{project}/_apis/wit/workitems/{id}/comments", this::comments);
        r.add("POST", "{project}/_apis/wit/workitems/{id}/comments", this::addComment);
        r.add("GET", "{project}/_apis/wit/workitems/{id}/comments/{commentId}", this::comment);
        r.add("PATCH", "{project}/_apis/wit/workitems/{id}/comments/{commentId}", this::editComment);
        r.add("DELETE", "{project}/_apis/wit/workitems/{id}/comments/{commentId}", this::deleteComment);
        r.add("GET", "{project}/_apis/wit/recycleBin", this::recycleBin);
        r.add("GET", "{project}/_apis/wit/recycleBin/{id}", c -> Reply.json(out(c).deleted(
                store.deleted(id(c)), 200)));
        r.add("PATCH", "{project}/_apis/wit/recycleBin/{id}", this::restore);
        r.add("DELETE", "{project}/_apis/wit/recycleBin/{id}", c -> {
            store.destroy(id(c));
            return Reply.noContent();
        });
        r.add("GET", "{project}/_apis/wit/tags", this::tags);
    }

    private WitWire out(Call call) {
        return WitWire.of(call, org, store);
    }

    private static int id(Call call) {
        return parseId(call.var("id"));
    }

    private static int parseId(String text) {
        String t = text.strip();
        if (!t.matches("[1-9]\\d{0,8}")) {
            throw AdoError.badRequest("The work item id '" + text + "' is not valid.");
        }
        return Integer.parseInt(t);
    }

    /** Checks that the work item is in the project of the URL, when there is one (404 otherwise, as ADO). */
    private Revision inScope(Call call, Revision r) {
        var project = call.optionalVar("project");
        if (project.isPresent() && !org.project(project.get()).name().equalsIgnoreCase(r.project())) {
            throw WitErrors.notFound(r.id());
        }
        return r;
    }

    // ---- reads ---------------------------------------------------------------------------------------------

    private Reply get(Call call) {
        Instant asOf = call.query("asOf").map(s -> Dates.parse("asOf", s)).orElse(null);
        Revision r = inScope(call, store.get(id(call), asOf));
        return Reply.json(out(call).workItem(r, shape(call.query("$expand").orElse(null),
                call.query("fields").map(WorkItemRoutes::names).orElse(null), true)));
    }

    private WitWire.Shape shape(String expand, List<String> fields, boolean single) {
        String e = WireEnums.WORK_ITEM_EXPAND.parse(expand, "$expand").orElse("none").toLowerCase(Locale.ROOT);
        if (fields != null && !e.equals("none")) {
            throw AdoError.badRequest("VS403437: The expand parameter can not be used with the fields parameter.");
        }
        Set<String> names = null;
        if (fields != null) {
            names = new LinkedHashSet<>();
            for (String f : fields) {
                if (f.regionMatches(true, 0, "System.Links.", 0, 13)) {
                    continue;
                }
                names.add(store.rules().field(f).orElseThrow(() -> WitErrors.unknownField(f)).referenceName());
            }
        }
        boolean relations = e.equals("relations") || e.equals("all");
        boolean links = single && fields == null || e.equals("links") || e.equals("all");
        return new WitWire.Shape(relations, links, names);
    }

    private static List<String> names(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Reply list(Call call) {
        List<Integer> ids = call.query("ids").map(WorkItemRoutes::names).orElseThrow(
                () -> AdoError.missingArgument("ids")).stream().map(WorkItemRoutes::parseId).toList();
        return read(call, ids, call.query("fields").map(WorkItemRoutes::names).orElse(null),
                call.query("$expand").orElse(null), call.query("asOf").orElse(null),
                WireEnums.ERROR_POLICY.query(call, "errorPolicy").orElse("fail"));
    }

    private Reply batch(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        List<Integer> ids = new ArrayList<>();
        for (JsonValue v : Bodies.array(body, "ids")) {
            ids.add(v instanceof ado.core.json.JsonNumber n ? n.intValue() : parseId(text(v)));
        }
        List<String> fields = body.get("fields") instanceof JsonArray a
                ? a.values().stream().map(WorkItemRoutes::text).toList() : null;
        String expand = WireEnums.WORK_ITEM_EXPAND.read(body, "$expand").orElse(null);
        String asOf = Bodies.optionalString(body, "asOf").orElse(null);
        return read(call, ids, fields, expand, asOf,
                WireEnums.ERROR_POLICY.read(body, "errorPolicy").orElse("fail"));
    }

    /** {@return the text of a JSON string, or the JSON of anything else (a number)} */
    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.value() : v.toJson();
    }

    private Reply read(Call call, List<Integer> ids, List<String> fields, String expand, String asOfText,
                       String errorPolicy) {
        if (ids.isEmpty()) {
            throw AdoError.missingArgument("ids");
        }
        if (ids.size() > MAX_IDS) {
            throw WitErrors.tooManyIds(ids.size());
        }
        boolean omit = errorPolicy.equalsIgnoreCase("omit");
        if (!omit && !errorPolicy.equalsIgnoreCase("fail")) {
            throw AdoError.badRequest("The value '" + errorPolicy + "' is not valid for errorPolicy; use Fail or "
                    + "Omit.");
        }
        Instant asOf = asOfText == null ? null : Dates.parse("asOf", asOfText);
        WitWire.Shape shape = shape(expand, fields, false);
        WitWire w = out(call);
        String base = call.base().toString();
        var json = new StringBuilder(ids.size() * 2048).append("{\"count\":").append(ids.size())
                .append(",\"value\":[");
        for (int i = 0; i < ids.size(); i++) {
            json.append(i == 0 ? "" : ",");
            try {
                Revision r = inScope(call, store.get(ids.get(i), asOf));
                json.append(rendered.json(r, shape, base, () -> w.workItem(r, shape)));
            } catch (AdoError e) {
                if (!omit || e.status() != 404) {
                    throw e;
                }
                json.append("null");
            }
        }
        return new Reply(200, "application/json; charset=utf-8", java.util.Map.of(),
                json.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Reply revisions(Call call) {
        List<Revision> all = store.revisions(id(call));
        inScope(call, all.get(all.size() - 1));
        Pages pages = Pages.of(call, 200, "$top", "$skip");
        WitWire.Shape shape = shape(call.query("$expand").orElse(null), null, false);
        WitWire w = out(call);
        return Reply.json(Wire.envelope(pages.slice(all).stream().map(r -> (JsonValue) w.workItem(r, shape))
                .toList()));
    }

    private Reply revision(Call call) {
        List<Revision> all = store.revisions(id(call));
        int rev = parseId(call.var("rev"));
        if (rev > all.size()) {
            throw AdoError.badRequest("VS402352: The revision " + rev + " of work item " + id(call)
                    + " does not exist.");
        }
        return Reply.json(out(call).workItem(all.get(rev - 1), shape(call.query("$expand").orElse(null), null,
                true)));
    }

    private Reply updates(Call call) {
        List<Revision> all = store.revisions(id(call));
        inScope(call, all.get(all.size() - 1));
        var updates = new ArrayList<JsonValue>();
        WitWire w = out(call);
        for (int i = 0; i < all.size(); i++) {
            updates.add(w.update(i == 0 ? null : all.get(i - 1), all.get(i)));
        }
        return Reply.json(Wire.envelope(Pages.of(call, 200, "$top", "$skip").slice(updates)));
    }

    private Reply oneUpdate(Call call) {
        List<Revision> all = store.revisions(id(call));
        int rev = parseId(call.var("rev"));
        if (rev > all.size()) {
            throw AdoError.badRequest("VS402352: The update " + rev + " of work item " + id(call)
                    + " does not exist.");
        }
        return Reply.json(out(call).update(rev == 1 ? null : all.get(rev - 2), all.get(rev - 1)));
    }

    // ---- writes --------------------------------------------------------------------------------------------

    private WorkItemStore.Options options(Call call) {
        return new WorkItemStore.Options(call.flag("validateOnly"), call.flag("bypassRules"));
    }

    private Reply create(Call call) {
        String type = call.var("type");
        if (!type.startsWith("$") || type.length() < 2) {
            throw AdoError.methodNotAllowed("POST");
        }
        Revision r = store.create(call.var("project"), type.substring(1), Bodies.array(call.json(), "body"),
                options(call));
        return Reply.json(out(call).workItem(r, WitWire.Shape.FULL));
    }

    private Reply update(Call call) {
        int id = id(call);
        inScope(call, store.get(id, null));
        Revision r = store.update(id, Bodies.array(call.json(), "body"), options(call));
        return Reply.json(out(call).workItem(r, WitWire.Shape.FULL));
    }

    private Reply delete(Call call) {
        int id = id(call);
        if (!call.flag("destroy")) {
            inScope(call, store.get(id, null));
        }
        store.delete(id, call.flag("destroy"));
        return Reply.noContent();
    }

    private Reply recycleBin(Call call) {
        Project p = org.project(call.var("project"));
        WitWire w = out(call);
        // the list holds shallow references (WorkItemDeleteShallowReference: id and url); GET {id} the whole entry
        return Reply.json(Wire.envelope(store.recycleBin(p.name()).stream().map(d -> (JsonValue) JsonObject.builder()
                .put("id", d.id()).put("url", w.url("/_apis/wit/recycleBin/" + d.id())).build()).toList()));
    }

    private Reply restore(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        JsonValue flag = body.members().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("IsDeleted"))
                .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
        if (!(flag instanceof ado.core.json.JsonBoolean b) || b.value()) {
            throw AdoError.badRequest("Restore takes {\"IsDeleted\": false}.");
        }
        return Reply.json(out(call).deleted(store.restore(id(call)), 200));
    }

    // ---- comments ------------------------------------------------------------------------------------------

    private Reply comments(Call call) {
        Project p = org.project(call.var("project"));
        List<ItemComment.View> all = new ArrayList<>(store.comments(id(call), call.flag("includeDeleted")));
        if (call.query("order").map(o -> o.equalsIgnoreCase("desc")).orElse(false)) {
            java.util.Collections.reverse(all);
        }
        int top = call.intQuery(200, "$top");
        top = top == 0 ? 200 : Math.min(top, 200);
        int skip = call.query("continuationToken").map(t -> {
            try {
                return Integer.parseInt(t.strip());
            } catch (NumberFormatException e) {
                throw AdoError.badRequest("The continuation token '" + t + "' is not valid.");
            }
        }).orElse(0);
        List<ItemComment.View> page = all.subList(Math.min(skip, all.size()), Math.min(skip + top, all.size()));
        WitWire w = out(call);
        var b = JsonObject.builder().put("totalCount", all.size()).put("count", page.size())
                .put("comments", new JsonArray(page.stream().map(c -> (JsonValue) w.comment(p.id().toString(), c))
                        .toList()));
        if (skip + top < all.size()) {
            String token = Integer.toString(skip + top);
            b.put("continuationToken", token).put("nextPage", w.url("/" + p.id() + "/_apis/wit/workItems/"
                    + id(call) + "/comments?continuationToken=" + token));
        }
        return Reply.json(b.build());
    }

    private static String format(Call call) {
        String f = call.query("format").orElse("markdown").strip().toLowerCase(Locale.ROOT);
        if (!f.equals("markdown") && !f.equals("html")) {
            throw AdoError.badRequest("The comment format '" + f + "' is not valid; use markdown or html.");
        }
        return f;
    }

    private Reply addComment(Call call) {
        Project p = org.project(call.var("project"));
        String text = Bodies.optionalString(Bodies.object(call.json(), "body"), "text").filter(s -> !s.isBlank())
                .orElseThrow(() -> AdoError.missingArgument("text"));
        inScope(call, store.get(id(call), null));
        return Reply.json(out(call).comment(p.id().toString(), store.addComment(id(call), text, format(call))));
    }

    private Reply comment(Call call) {
        Project p = org.project(call.var("project"));
        return Reply.json(out(call).comment(p.id().toString(), store.comment(id(call),
                parseId(call.var("commentId")))));
    }

    private Reply editComment(Call call) {
        Project p = org.project(call.var("project"));
        String text = Bodies.optionalString(Bodies.object(call.json(), "body"), "text").filter(s -> !s.isBlank())
                .orElseThrow(() -> AdoError.missingArgument("text"));
        return Reply.json(out(call).comment(p.id().toString(), store.editComment(id(call),
                parseId(call.var("commentId")), text, format(call))));
    }

    private Reply deleteComment(Call call) {
        store.deleteComment(id(call), parseId(call.var("commentId")));
        return Reply.noContent();
    }

    // ---- attachments and tags ------------------------------------------------------------------------------

    private Reply upload(Call call) {
        call.optionalVar("project").ifPresent(org::project);
        String fileName = call.query("fileName").orElseThrow(() -> AdoError.missingArgument("fileName"));
        boolean chunked = call.query("uploadType").map(t -> t.equalsIgnoreCase("chunked")).orElse(false);
        Attachments.Attachment a = chunked ? attachments.start(fileName) : attachments.upload(fileName, call.bytes());
        return Reply.json(201, attachmentRef(call, a));
    }

    private JsonObject attachmentRef(Call call, Attachments.Attachment a) {
        return JsonObject.builder().put("id", a.id().toString()).put("url", Wire.of(call, org).url(
                "/_apis/wit/attachments/" + a.id() + "?fileName=" + java.net.URLEncoder.encode(a.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))).build();
    }

    private static UUID attachmentId(Call call) {
        try {
            return UUID.fromString(call.var("attachmentId"));
        } catch (IllegalArgumentException e) {
            throw WitErrors.attachmentNotFound(call.var("attachmentId"));
        }
    }

    private Reply chunk(Call call) {
        String range = call.header("Content-Range").orElseThrow(() -> AdoError.missingArgument("Content-Range"));
        Matcher m = RANGE.matcher(range.strip());
        if (!m.matches()) {
            throw AdoError.badRequest("The Content-Range '" + range + "' is not 'bytes from-to/total'.");
        }
        Attachments.Attachment a = attachments.chunk(attachmentId(call), Long.parseLong(m.group(1)),
                Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), call.bytes());
        return Reply.json(201, attachmentRef(call, a));
    }

    private Reply download(Call call) {
        Attachments.Attachment a = attachments.get(attachmentId(call));
        if (!a.complete()) {
            throw AdoError.badRequest("The attachment " + a.id() + " is still being uploaded.");
        }
        Reply reply = Reply.bytes("application/octet-stream", a.bytes());
        String name = call.query("fileName").orElse(a.fileName());
        return call.flag("download") ? reply.withHeader("Content-Disposition", "attachment; filename=\"" + name
                + "\"") : reply;
    }

    private Reply tags(Call call) {
        Project p = org.project(call.var("project"));
        Wire w = Wire.of(call, org);
        return Reply.json(Wire.envelope(store.tags(p.name()).stream().map(t -> (JsonValue) JsonObject.builder()
                .put("id", t.id().toString()).put("name", t.name())
                .put("url", w.url("/" + p.id() + "/_apis/wit/tags/" + t.id()))
                .put("lastUpdated", Wire.time(t.lastUpdated())).build()).toList()));
    }
}
