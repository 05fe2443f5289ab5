package ado.emulator.internal.policy;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.git.PullRequestStore;
import ado.emulator.internal.git.Signature;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Pages;
import ado.emulator.internal.wire.Wire;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policies: configurations (list with {@code policyType}; the Git form with {@code repositoryId}/{@code refName}),
 * create, get, replace (PUT, a new revision), delete, revisions, types, and the evaluations of a pull request.
 */
public final class PolicyRoutes {

    private static final Pattern ARTIFACT = Pattern.compile(
            "vstfs:///CodeReview/CodeReviewId/([0-9a-fA-F-]{36})/([0-9]+)");

    private final OrgStore org;
    private final PolicyStore store;
    private final PolicyEvaluator evaluator;
    private final PullRequestStore prs;

    /** Creates the routes. */
    public PolicyRoutes(OrgStore org, PolicyStore store, PolicyEvaluator evaluator, PullRequestStore prs) {
        this.org = org;
        this.store = store;
        this.evaluator = evaluator;
        this.prs = prs;
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", "{project}/_apis/policy/configurations", this::list);
        r.add("GET", "{project}/_apis/git/policy/configurations", this::list);
        r.add("POST", "{project}/_apis/policy/configurations", this::create);
        r.add("GET", "{project}/_apis/policy/configurations/{id}", c -> Reply.json(config(c, find(c))));
        r.add("PUT", "{project}/_apis/policy/configurations/{id}", this::replace);
        r.add("DELETE", "{project}/_apis/policy/configurations/{id}", this::delete);
        r.add("GET", "{project}/_apis/policy/configurations/{id}/revisions", this::revisions);
        r.add("GET", "{project}/_apis/policy/configurations/{id}/revisions/{revision}", this::revision);
        r.add("GET", "{project}/_apis/policy/types", c -> {
            project(c);
            return Reply.json(Wire.envelope(PolicyType.ALL.stream().map(t -> (JsonValue) type(c, t)).toList()));
        });
        r.add("GET", "{project}/_apis/policy/types/{typeId}", c -> Reply.json(type(c, PolicyType.find(
                uuid(c.var("typeId"))).orElseThrow(() -> PolicyErrors.typeNotFound(c.var("typeId"))))));
        r.add("GET", "{project}/_apis/policy/evaluations", this::evaluations);
        r.add("GET", "{project}/_apis/policy/evaluations/{evaluationId}", this::evaluation);
    }

    private Reply list(Call call) {
        Project p = project(call);
        UUID type = call.query("policyType").map(PolicyRoutes::uuid).orElse(null);
        UUID repo = call.query("repositoryId").map(PolicyRoutes::uuid).orElse(null);
        String ref = call.query("refName").orElse(null);
        List<JsonValue> out = store.inProject(p.id()).stream()
                .filter(c -> type == null || c.typeId().equals(type))
                .filter(c -> repo == null || covers(c.current().settings(), repo, ref))
                .map(c -> (JsonValue) config(call, c, c.current())).toList();
        return Reply.json(Wire.envelope(out));
    }

    /** Git form: a configuration matches when a scope entry names the repository (or none) and covers the ref. */
    private static boolean covers(JsonObject settings, UUID repo, String ref) {
        if (!(settings.get("scope") instanceof ado.core.json.JsonArray scope)) {
            return false;
        }
        for (JsonValue v : scope.values()) {
            if (!(v instanceof JsonObject s)) {
                continue;
            }
            if (s.string("repositoryId").map(id -> !id.equalsIgnoreCase(repo.toString())).orElse(false)) {
                continue;
            }
            String kind = s.string("matchKind").orElse("").toLowerCase(Locale.ROOT);
            String name = s.string("refName").orElse("");
            if (ref == null || kind.isEmpty() || kind.equals("defaultbranch")
                    || kind.equals("exact") && ref.equals(name) || kind.equals("prefix") && ref.startsWith(name)) {
                return true;
            }
        }
        return false;
    }

    private Reply create(Call call) {
        Project p = project(call);
        JsonObject body = Bodies.object(call.json(), "body");
        PolicyConfig c = store.create(p.id(), typeOf(body), flag(body, "isEnabled"), flag(body, "isBlocking"),
                settings(body), org.me().id());
        return Reply.json(config(call, c, c.current()));
    }

    private Reply replace(Call call) {
        Project p = project(call);
        JsonObject body = Bodies.object(call.json(), "body");
        PolicyConfig c = store.replace(p.id(), id(call), typeOf(body), flag(body, "isEnabled"),
                flag(body, "isBlocking"), settings(body), org.me().id());
        return Reply.json(config(call, c, c.current()));
    }

    private Reply delete(Call call) {
        store.delete(project(call).id(), id(call));
        return Reply.noContent();
    }

    private Reply revisions(Call call) {
        PolicyConfig c = find(call);
        List<JsonValue> out = c.revisions().stream()
                .sorted(Comparator.comparingInt(PolicyConfig.Revision::revision).reversed())
                .map(rev -> (JsonValue) config(call, c, rev)).toList();
        return Reply.json(Wire.envelope(out));
    }

    private Reply revision(Call call) {
        PolicyConfig c = find(call);
        int wanted = number(call.var("revision"), "revision");
        return Reply.json(config(call, c, c.revisions().stream().filter(r -> r.revision() == wanted).findFirst()
                .orElseThrow(() -> PolicyErrors.revisionNotFound(c.id(), wanted))));
    }

    private Reply evaluations(Call call) {
        Project p = project(call);
        String artifact = call.query("artifactId").orElseThrow(() -> AdoError.missingArgument("artifactId"));
        Matcher m = ARTIFACT.matcher(artifact);
        if (!m.matches() || !uuid(m.group(1)).equals(p.id())) {
            throw PolicyErrors.badArtifact(artifact);
        }
        int prId = number(m.group(2), "artifactId");
        List<JsonValue> out = prs.with(null, p.id(), prId, me(), pr -> evaluator.evaluate(pr).stream()
                .map(e -> (JsonValue) evaluation(call, artifact, prId, e)).toList());
        Pages pages = Pages.of(call, 1000, "$top", "$skip");
        return Reply.json(Wire.envelope(pages.slice(out)));
    }

    private Reply evaluation(Call call) {
        Project p = project(call);
        UUID wanted = uuid(call.var("evaluationId"));
        for (var candidate : prs.list(pr -> pr.repository().projectId().equals(p.id()), me())) {
            int prId = candidate.id();
            JsonValue found = prs.with(null, p.id(), prId, me(), pr -> evaluator.evaluate(pr).stream()
                    .filter(e -> e.evaluationId(prId).equals(wanted)).findFirst()
                    .map(e -> (JsonValue) evaluation(call, artifact(p.id(), prId), prId, e)).orElse(null));
            if (found != null) {
                return Reply.json(found);
            }
        }
        throw PolicyErrors.evaluationNotFound(call.var("evaluationId"));
    }

    private static String artifact(UUID projectId, int prId) {
        return "vstfs:///CodeReview/CodeReviewId/" + projectId + "/" + prId;
    }

    private JsonObject evaluation(Call call, String artifact, int prId, PolicyEvaluator.Evaluation e) {
        var b = JsonObject.builder()
                .put("configuration", config(call, e.config(), e.revision()))
                .put("artifactId", artifact)
                .put("evaluationId", e.evaluationId(prId).toString())
                .put("startedDate", Wire.time(e.revision().created()))
                .put("status", e.status());
        if (!e.status().equals("queued")) {
            b.put("completedDate", Wire.time(Instant.now()));
        }
        return b.build();
    }

    private JsonObject config(Call call, PolicyConfig c) {
        return config(call, c, c.current());
    }

    private JsonObject config(Call call, PolicyConfig c, PolicyConfig.Revision rev) {
        Wire w = Wire.of(call, org);
        String self = w.url("/" + c.projectId() + "/_apis/policy/configurations/" + c.id());
        String typeUrl = w.url("/" + c.projectId() + "/_apis/policy/types/" + c.typeId());
        return JsonObject.builder()
                .put("createdBy", w.identity(rev.createdBy()))
                .put("createdDate", Wire.time(rev.created()))
                .put("isEnabled", rev.enabled())
                .put("isBlocking", rev.blocking())
                .put("isDeleted", c.deleted())
                .put("settings", rev.settings())
                .put("isEnterpriseManaged", false)
                .put("_links", Wire.links("self", self, "policyType", typeUrl))
                .put("revision", rev.revision())
                .put("id", c.id())
                .put("url", self)
                .put("type", JsonObject.builder().put("id", c.typeId().toString()).put("url", typeUrl)
                        .put("displayName", PolicyType.find(c.typeId()).map(PolicyType::displayName).orElse(""))
                        .build())
                .build();
    }

    private JsonObject type(Call call, PolicyType t) {
        String url = Wire.of(call, org).url("/" + project(call).id() + "/_apis/policy/types/" + t.id());
        return JsonObject.builder().put("description", t.description())
                .put("_links", Wire.links("self", url)).put("id", t.id().toString()).put("url", url)
                .put("displayName", t.displayName()).build();
    }

    private PolicyConfig find(Call call) {
        return store.find(project(call).id(), id(call));
    }

    private Project project(Call call) {
        return org.project(call.var("project"));
    }

    private static UUID typeOf(JsonObject body) {
        JsonObject type = Bodies.optionalObject(body, "type").orElseThrow(() -> AdoError.missingArgument("type"));
        String id = Bodies.optionalString(type, "id").orElseThrow(() -> AdoError.missingArgument("type.id"));
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw PolicyErrors.typeNotFound(id);
        }
    }

    private static JsonObject settings(JsonObject body) {
        JsonValue v = body.get("settings");
        if (v == null || v == JsonNull.INSTANCE) {
            throw AdoError.missingArgument("settings");
        }
        return Bodies.object(v, "settings");
    }

    private static boolean flag(JsonObject body, String name) {
        return body.get(name) == JsonBoolean.TRUE;
    }

    private static int id(Call call) {
        return number(call.var("id"), "configurationId");
    }

    private static int number(String text, String name) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw AdoError.badRequest("The value '" + text + "' of " + name + " is not a valid integer.");
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The value '" + text + "' is not a valid GUID.");
        }
    }

    private Signature me() {
        return Signature.utc(org.me().displayName(), org.me().uniqueName(), Instant.EPOCH);
    }
}
