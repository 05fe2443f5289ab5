package ado.emulator.internal.git;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Pages;
import ado.emulator.internal.wire.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The iterations of a pull request and their changes and commits, the pull request's commits, statuses (of the
 * pull request and of its iterations) and properties (JSON Patch).
 */
final class PullRequestIterationRoutes extends PullRequestCalls {

    PullRequestIterationRoutes(OrgStore org, RepoStore repos, PullRequestStore prs) {
        super(org, repos, prs);
    }

    void register(Router r) {
        GitScope.both(r, "GET", PR + "/statuses", c -> read(c, pr -> statuses(c, pr, null)));
        GitScope.both(r, "POST", PR + "/statuses", c -> createStatus(c, null));
        GitScope.both(r, "GET", PR + "/statuses/{statusId}", c -> read(c, pr -> out(c).status(pr, findStatus(c, pr))));
        GitScope.both(r, "DELETE", PR + "/statuses/{statusId}", this::deleteStatus);
        GitScope.both(r, "GET", PR + "/iterations", c -> read(c, pr -> Wire.envelope(pr.iterations().stream()
                .map(i -> (JsonValue) out(c).iteration(pr, i)).toList())));
        GitScope.both(r, "GET", PR + "/iterations/{iterationId}", c -> read(c, pr -> out(c).iteration(pr,
                findIteration(c, pr))));
        GitScope.both(r, "GET", PR + "/iterations/{iterationId}/changes", this::iterationChanges);
        GitScope.both(r, "GET", PR + "/iterations/{iterationId}/commits", c -> read(c, pr -> {
            PullRequest.Iteration it = findIteration(c, pr);
            return commits(c, pr, it.common(), it.source());
        }));
        GitScope.both(r, "GET", PR + "/iterations/{iterationId}/statuses",
                c -> read(c, pr -> statuses(c, pr, findIteration(c, pr).id())));
        GitScope.both(r, "POST", PR + "/iterations/{iterationId}/statuses",
                c -> createStatus(c, Integer.valueOf(c.var("iterationId"))));
        GitScope.both(r, "GET", PR + "/commits", c -> read(c, pr -> {
            PullRequest.Iteration last = pr.iterations().get(pr.iterations().size() - 1);
            return commits(c, pr, last.common(), last.source());
        }));
        GitScope.both(r, "GET", PR + "/properties", c -> read(c, this::properties));
        GitScope.both(r, "PATCH", PR + "/properties", this::patchProperties);
    }

    // ---- statuses --------------------------------------------------------------------------------------------

    private Reply createStatus(Call call, Integer pathIteration) {
        JsonObject body = Bodies.object(call.json(), "body");
        String state = StatusWire.state(body);
        JsonObject context = StatusWire.context(body);
        return mutate(call, pr -> {
            Integer iteration = pathIteration != null ? pathIteration
                    : body.get("iterationId") instanceof JsonNumber n ? (int) n.longValue() : null;
            if (iteration != null && (iteration < 1 || iteration > pr.iterations().size())) {
                throw AdoError.pullRequestPartNotFound("iteration", iteration);
            }
            var s = new PullRequest.Status(pr.statuses().size() + 1, iteration, state,
                    Bodies.optionalString(body, "description").orElse(null), context,
                    Bodies.optionalString(body, "targetUrl").orElse(null),
                    Bodies.optionalObject(body, "properties").map(PullRequestIterationRoutes::typed).orElse(null),
                    org.me().id(), prs.now());
            pr.statuses().add(s);
            return out(call).status(pr, s);
        });
    }

    private Reply deleteStatus(Call call) {
        mutate(call, pr -> {
            pr.statuses().remove(findStatus(call, pr));
            return JsonNull.INSTANCE;
        });
        return Reply.noContent();
    }

    private static PullRequest.Status findStatus(Call call, PullRequest pr) {
        return pr.statuses().stream().filter(s -> String.valueOf(s.id()).equals(call.var("statusId"))).findFirst()
                .orElseThrow(() -> AdoError.pullRequestPartNotFound("status", call.var("statusId")));
    }

    private JsonObject statuses(Call call, PullRequest pr, Integer iteration) {
        return Wire.envelope(pr.statuses().stream().filter(s -> iteration == null || iteration.equals(s.iterationId()))
                .map(s -> (JsonValue) out(call).status(pr, s)).toList());
    }

    /** Status properties as ADO returns them: each value wrapped as {@code {"$type", "$value"}}. */
    private static JsonObject typed(JsonObject properties) {
        var b = JsonObject.builder();
        properties.members().forEach((name, v) -> {
            if (v instanceof JsonObject o && o.has("$type")) {
                b.put(name, o);
            } else if (v instanceof JsonNumber n) {
                b.put(name, typed(n.isLong() ? "System.Int32" : "System.Double", n));
            } else if (v instanceof JsonBoolean) {
                b.put(name, typed("System.Boolean", v));
            } else {
                b.put(name, typed("System.String", v instanceof JsonString s ? s : new JsonString(v.toJson())));
            }
        });
        return b.build();
    }

    private static JsonObject typed(String type, JsonValue value) {
        return JsonObject.builder().put("$type", type).put("$value", value).build();
    }

    // ---- iterations, commits, properties ---------------------------------------------------------------------

    private static PullRequest.Iteration findIteration(Call call, PullRequest pr) {
        String id = call.var("iterationId");
        return pr.iterations().stream().filter(i -> String.valueOf(i.id()).equals(id)).findFirst()
                .orElseThrow(() -> AdoError.pullRequestPartNotFound("iteration", id));
    }

    private Reply iterationChanges(Call call) {
        return read(call, pr -> {
            PullRequest.Iteration it = findIteration(call, pr);
            int compareTo = call.intQuery(0, "$compareTo");
            var db = pr.repository().objects();
            ObjectId from;
            if (compareTo == 0) {
                from = it.common();
            } else if (compareTo < 1 || compareTo > pr.iterations().size()) {
                throw AdoError.pullRequestPartNotFound("iteration", compareTo);
            } else {
                from = pr.iterations().get(compareTo - 1).source();
            }
            List<TreeDiff.Entry> changes = TreeDiff.between(db, db.commit(from).orElseThrow().tree(),
                    db.commit(it.source()).orElseThrow().tree()).stream().filter(e -> !e.folder()).toList();
            Pages pages = Pages.of(call, 1000, "$top", "$skip");
            var entries = new ArrayList<JsonValue>();
            int n = pages.skip();
            for (TreeDiff.Entry e : pages.slice(changes)) {
                n++;
                var item = JsonObject.builder();
                if (e.objectId() != null) {
                    item.put("objectId", e.objectId().hex());
                }
                if (e.originalObjectId() != null) {
                    item.put("originalObjectId", e.originalObjectId().hex());
                }
                item.put("path", e.path());
                entries.add(JsonObject.builder().put("changeTrackingId", n).put("changeId", n)
                        .put("item", item.build()).put("changeType", e.changeType()).build());
            }
            var b = JsonObject.builder().put("changeEntries", new JsonArray(entries));
            if (pages.more(changes.size())) {
                b.put("nextSkip", pages.skip() + pages.top()).put("nextTop", pages.top());
            }
            return b.build();
        });
    }

    private JsonObject commits(Call call, PullRequest pr, ObjectId base, ObjectId head) {
        GitWire git = new GitWire(wire(call));
        List<Commit> commits = new Merger(pr.repository().objects()).commitsBetween(base, head);
        Pages pages = Pages.of(call, 100, "$top", "$skip");
        return Wire.envelope(pages.slice(commits).stream()
                .map(c -> (JsonValue) git.commit(pr.repository(), c, false)).toList());
    }

    private JsonObject properties(PullRequest pr) {
        var b = JsonObject.builder();
        pr.properties().forEach(b::put);
        return JsonObject.builder().put("count", pr.properties().size()).put("value", b.build()).build();
    }

    private Reply patchProperties(Call call) {
        List<JsonValue> ops = Bodies.array(call.json(), "body");
        return mutate(call, pr -> {
            var copy = new java.util.LinkedHashMap<>(pr.properties());
            for (JsonValue v : ops) {
                JsonObject op = Bodies.object(v, "body");
                String kind = WireEnums.OPERATION.read(op, "op").orElseThrow(() -> AdoError.missingArgument("op"))
                        .toLowerCase(Locale.ROOT);
                String path = Bodies.optionalString(op, "path").orElse("");
                String name = path.startsWith("/") ? path.substring(1) : path;
                JsonValue value = op.get("value");
                switch (kind) {
                    case "add", "replace" -> {
                        if (name.isEmpty()) {
                            Bodies.object(value, "value").members().forEach((k, x) -> copy.put(k, property(x)));
                        } else {
                            if (kind.equals("replace") && !copy.containsKey(name)) {
                                throw AdoError.badRequest("The property '" + name + "' does not exist.");
                            }
                            copy.put(name, property(value));
                        }
                    }
                    case "remove" -> {
                        if (copy.remove(name) == null) {
                            throw AdoError.badRequest("The property '" + name + "' does not exist.");
                        }
                    }
                    default -> throw AdoError.badRequest("The patch operation '" + kind + "' is not supported; "
                            + "use add, replace or remove.");
                }
            }
            pr.properties().clear();
            pr.properties().putAll(copy);
            return properties(pr);
        });
    }

    /** A property value as ADO stores it: dates as System.DateTime, everything else as a string. */
    private static JsonObject property(JsonValue v) {
        if (v instanceof JsonObject o && o.has("$type")) {
            return o;
        }
        String text = v instanceof JsonString s ? s.value() : v == null ? "" : v.toJson();
        boolean date = text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*");
        return typed(date ? "System.DateTime" : "System.String", new JsonString(text));
    }
}
