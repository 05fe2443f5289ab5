package ado.emulator.internal.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.User;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Dates;
import ado.emulator.internal.wire.Pages;
import ado.emulator.internal.wire.Wire;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Pushes: create (ADO's {@code GitPush} body, atomic), list ({@code $top}/{@code $skip}) and get. */
public final class PushRoutes {

    private final OrgStore org;
    private final RepoStore repos;
    private final Pusher pusher;

    /** Creates the push routes. */
    public PushRoutes(OrgStore org, RepoStore repos, Pusher pusher) {
        this.org = org;
        this.repos = repos;
        this.pusher = pusher;
    }

    /** Adds the routes. */
    public void register(Router r) {
        GitScope.both(r, "POST", "/pushes", this::create);
        GitScope.both(r, "GET", "/pushes", this::list);
        GitScope.both(r, "GET", "/pushes/{pushId}", this::get);
    }

    private Reply create(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        PushRequest request = parse(Bodies.object(call.json(), "body"));
        User me = org.me();
        PushRecord push = pusher.push(repo, request, me.id(), Signature.utc(me.displayName(), me.uniqueName(),
                Instant.EPOCH));
        return Reply.json(201, new GitWire(Wire.of(call, org)).push(repo, push, true));
    }

    private Reply list(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        GitWire git = new GitWire(Wire.of(call, org));
        String sc = "searchCriteria.";
        var refName = call.query(sc + "refName", "refName");
        var pusherId = call.query(sc + "pusherId", "pusherId");
        var from = call.query(sc + "fromDate", "fromDate").map(d -> Dates.parse("fromDate", d));
        var to = call.query(sc + "toDate", "toDate").map(d -> Dates.parse("toDate", d));
        boolean refUpdates = call.flag(sc + "includeRefUpdates") || call.flag("includeRefUpdates");
        List<PushRecord> all = new ArrayList<>();
        for (PushRecord p : repo.pushes()) {
            boolean keep = refName.map(n -> p.refUpdates().stream().anyMatch(u -> u.name().equals(n))).orElse(true)
                    && pusherId.map(id -> p.pushedBy().toString().equalsIgnoreCase(id)).orElse(true)
                    && from.map(f -> !p.date().isBefore(f)).orElse(true)
                    && to.map(t -> !p.date().isAfter(t)).orElse(true);
            if (keep) {
                all.add(0, p);
            }
        }
        Pages pages = Pages.of(call, 100, "$top", "$skip");
        return Reply.json(Wire.envelope(pages.slice(all).stream().map(p -> {
            JsonObject push = git.push(repo, p, false);
            return (JsonValue) (refUpdates ? push : push.toBuilder().remove("refUpdates").build());
        }).toList()));
    }

    private Reply get(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        int id = Integer.parseInt(call.var("pushId").matches("\\d{1,9}") ? call.var("pushId") : "0");
        List<PushRecord> all = repo.pushes();
        if (id < 1 || id > all.size()) {
            throw new AdoError(404, "GitPushNotFoundException", "Microsoft.TeamFoundation.Git.Server",
                    "TF401180: The requested push " + call.var("pushId") + " could not be found.");
        }
        return Reply.json(new GitWire(Wire.of(call, org)).push(repo, all.get(id - 1), true));
    }

    static PushRequest parse(JsonObject body) {
        var refUpdates = new ArrayList<PushRequest.RefUpdate>();
        for (JsonValue v : Bodies.array(body, "refUpdates")) {
            JsonObject o = Bodies.object(v, "refUpdates");
            refUpdates.add(new PushRequest.RefUpdate(Bodies.string(o, "name"), Bodies.objectId(o, "oldObjectId")));
        }
        var commits = new ArrayList<PushRequest.NewCommit>();
        for (JsonValue v : Bodies.array(body, "commits")) {
            commits.add(commit(Bodies.object(v, "commits")));
        }
        return new PushRequest(refUpdates, commits);
    }

    private static PushRequest.NewCommit commit(JsonObject o) {
        List<ObjectId> parents = null;
        if (o.get("parents") instanceof ado.core.json.JsonArray a && !a.values().isEmpty()) {
            parents = new ArrayList<>();
            for (JsonValue p : a.values()) {
                ObjectId id = p instanceof ado.core.json.JsonString s ? ObjectId.parseOrNull(s.value()) : null;
                if (id == null) {
                    throw AdoError.badRequest("The parents of a commit must be object ids.");
                }
                parents.add(id);
            }
        }
        var changes = new ArrayList<Change>();
        for (JsonValue c : Bodies.array(o, "changes")) {
            changes.add(change(Bodies.object(c, "changes")));
        }
        return new PushRequest.NewCommit(Bodies.optionalString(o, "comment").orElse(""), parents,
                signature(o, "author"), signature(o, "committer"), changes);
    }

    private static Signature signature(JsonObject commit, String name) {
        return Bodies.optionalObject(commit, name).map(s -> Signature.utc(
                Bodies.optionalString(s, "name").orElse("Unknown"),
                Bodies.optionalString(s, "email").orElse("unknown@example.invalid"),
                Bodies.optionalString(s, "date").map(d -> Dates.parse(name + ".date", d)).orElse(Instant.now())))
                .orElse(null);
    }

    private static Change change(JsonObject c) {
        var types = WireEnums.CHANGE_TYPE.parseSet(changeType(c), "changeType");
        String type = String.join(", ", types).toLowerCase(Locale.ROOT);
        String path = Bodies.optionalObject(c, "item").flatMap(i -> Bodies.optionalString(i, "path"))
                .orElseThrow(() -> AdoError.missingArgument("item.path"));
        switch (type) {
            case "add":
                return new Change.Add(path, content(c));
            case "edit":
                return new Change.Edit(path, content(c));
            case "delete":
                return new Change.Delete(path);
            case "rename":
                return new Change.Rename(Bodies.string(c, "sourceServerItem"), path);
            default:
                throw AdoError.badRequest("The change type '" + type + "' is not supported; use add, edit, delete "
                        + "or rename.");
        }
    }

    /** {@return the change type as text: a name list or the integer the generated clients send} */
    private static String changeType(JsonObject change) {
        JsonValue v = change.get("changeType");
        if (v instanceof ado.core.json.JsonNumber n && n.isLong()) {
            return Long.toString(n.longValue());
        }
        return Bodies.string(change, "changeType");
    }

    private static byte[] content(JsonObject change) {
        JsonObject nc = Bodies.optionalObject(change, "newContent")
                .orElseThrow(() -> AdoError.missingArgument("newContent"));
        String content = Bodies.optionalString(nc, "content").orElse("");
        String type = WireEnums.CONTENT_TYPE.read(nc, "contentType").orElse("rawText").toLowerCase(Locale.ROOT);
        switch (type) {
            case "rawtext":
                return content.getBytes(StandardCharsets.UTF_8);
            case "base64encoded":
                try {
                    return Base64.getDecoder().decode(content.replaceAll("\\s", "")); // line breaks allowed
                } catch (IllegalArgumentException e) {
                    throw AdoError.badRequest("The content of a base64encoded change is not valid base64.");
                }
            default:
                throw AdoError.badRequest("The content type '" + type + "' is not supported; use rawtext or "
                        + "base64encoded.");
        }
    }
}
