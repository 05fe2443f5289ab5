package ado.emulator.internal.build;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Handler;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The Pipelines API: pipelines (list, get), runs (run with template parameters, variables, stages to skip and the
 * repository ref; preview with {@code previewRun} and {@code yamlOverride}; list, get), approvals (query, get,
 * approve/reject) and check configurations (add, list, get, delete).
 */
public final class PipelineRoutes {

    private static final String PIPELINE = "{project}/_apis/pipelines/{pipelineId}";

    private final OrgStore org;
    private final BuildStore store;

    /** Creates the routes. */
    public PipelineRoutes(OrgStore org, BuildStore store) {
        this.org = org;
        this.store = store;
    }

    /** Adds the routes; the literal {@code approvals} and {@code checks} routes go before {@code {pipelineId}}. */
    public void register(Router r) {
        add(r, "GET", "{project}/_apis/pipelines/approvals", this::approvals);
        add(r, "PATCH", "{project}/_apis/pipelines/approvals", this::answer);
        add(r, "GET", "{project}/_apis/pipelines/approvals/{approvalId}", c -> {
            Approval a = store.approval(project(c), approvalId(c.var("approvalId")));
            return Reply.json(out(c).approval(a, run(c, a), expandSteps(c)));
        });
        add(r, "POST", "{project}/_apis/pipelines/checks/configurations", this::addCheck);
        add(r, "GET", "{project}/_apis/pipelines/checks/configurations", this::checks);
        add(r, "GET", "{project}/_apis/pipelines/checks/configurations/{id}", c ->
                Reply.json(store.check(checkId(c)).orElseThrow(() -> BuildErrors.checkNotFound(c.var("id")))));
        add(r, "DELETE", "{project}/_apis/pipelines/checks/configurations/{id}", c -> {
            if (!store.removeCheck(checkId(c))) {
                throw BuildErrors.checkNotFound(c.var("id"));
            }
            return Reply.noContent();
        });
        add(r, "GET", "{project}/_apis/pipelines", this::list);
        add(r, "GET", PIPELINE, c -> {
            Definition d = pipeline(c);
            int version = c.intQuery(d.revision(), "pipelineVersion");
            if (version < 1 || version > d.revision()) {
                throw BuildErrors.pipelineNotFound(d.id() + " (version " + version + ")");
            }
            return Reply.json(out(c).pipeline(d, version));
        });
        add(r, "POST", PIPELINE + "/runs", c -> run(c, false));
        add(r, "POST", PIPELINE + "/preview", c -> run(c, true));
        add(r, "GET", PIPELINE + "/runs", c -> {
            Definition d = pipeline(c);
            return Reply.json(Wire.envelope(store.runsOf(d).stream().limit(10_000)
                    .map(x -> (JsonValue) out(c).run(x)).toList()));
        });
        add(r, "GET", PIPELINE + "/runs/{runId}", c -> {
            Definition d = pipeline(c);
            int runId = BuildRoutes.intVar(c, "runId", id -> BuildErrors.runNotFound(d.id(), id));
            Run run = store.runsOf(d).stream().filter(x -> x.id() == runId).findFirst()
                    .orElseThrow(() -> BuildErrors.runNotFound(d.id(), runId));
            return Reply.json(out(c).run(run));
        });
    }

    private void add(Router r, String method, String template, Handler h) {
        BuildRoutes.add(r, store, method, template, h);
    }

    private BuildWire out(Call c) {
        return new BuildWire(c, org);
    }

    private Project project(Call c) {
        return org.project(c.var("project"));
    }

    private Definition pipeline(Call c) {
        String id = c.var("pipelineId");
        try {
            return store.definition(project(c), Integer.parseInt(id));
        } catch (NumberFormatException | AdoError e) {
            throw BuildErrors.pipelineNotFound(id);
        }
    }

    private Reply list(Call c) {
        List<Definition> all = new ArrayList<>(store.definitions(project(c)));
        all.sort(order(c.query("orderBy").orElse("name asc")));
        int top = c.intQuery(1000, "$top");
        int from = 0;
        Optional<String> token = c.query("continuationToken");
        if (token.isPresent()) {
            try {
                from = Integer.parseInt(token.get());
            } catch (NumberFormatException e) {
                throw AdoError.badRequest("The continuation token '" + token.get() + "' is not valid.");
            }
        }
        List<Definition> page = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + top));
        Reply reply = Reply.json(Wire.envelope(page.stream().map(d -> (JsonValue) out(c).pipeline(d)).toList()));
        if (from + top < all.size()) {
            reply = reply.withHeader("x-ms-continuationtoken", String.valueOf(from + top));
        }
        return reply;
    }

    /** The pipelines' sort expression: {@code name}, {@code id} or {@code folder}, then {@code asc} or {@code desc}. */
    private static Comparator<Definition> order(String orderBy) {
        String[] parts = orderBy.strip().split("\\s+");
        Comparator<Definition> by = switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "name" -> Comparator.comparing(Definition::name, String.CASE_INSENSITIVE_ORDER);
            case "id" -> Comparator.comparingInt(Definition::id);
            case "folder" -> Comparator.comparing(Definition::folder, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Definition::name, String.CASE_INSENSITIVE_ORDER);
            default -> throw AdoError.badRequest("The orderBy expression '" + orderBy + "' is not valid.");
        };
        String direction = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
        if (parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
            throw AdoError.badRequest("The orderBy expression '" + orderBy + "' is not valid.");
        }
        return direction.equals("desc") ? by.reversed() : by;
    }

    private Reply run(Call c, boolean preview) {
        Definition d = pipeline(c);
        JsonObject body = c.optionalJson().map(v -> Bodies.object(v, "body")).orElse(JsonObject.EMPTY);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (body.get("templateParameters") instanceof JsonObject tp) {
            tp.members().forEach((k, v) -> parameters.put(k, v instanceof JsonString s ? s.value() : v.toJson()));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        if (body.get("variables") instanceof JsonObject vars) {
            vars.members().forEach((k, v) -> {
                JsonObject value = Bodies.object(v, "variables." + k);
                boolean secret = value.get("isSecret") instanceof JsonBoolean b && b.value();
                variables.put(k, secret ? null : Bodies.optionalString(value, "value").orElse(""));
            });
        }
        Set<String> skip = new LinkedHashSet<>();
        if (body.get("stagesToSkip") instanceof JsonArray a) {
            for (JsonValue v : a.values()) {
                if (v instanceof JsonString s) {
                    skip.add(s.value());
                }
            }
        }
        String branch = Bodies.optionalObject(body, "resources")
                .flatMap(res -> Bodies.optionalObject(res, "repositories"))
                .flatMap(repos -> Bodies.optionalObject(repos, "self"))
                .flatMap(self -> Bodies.optionalString(self, "refName")).orElse(null);
        boolean previewRun = preview || body.get("previewRun") instanceof JsonBoolean b && b.value();
        if (previewRun) {
            Map<String, String> resolved = new LinkedHashMap<>();
            d.spec().parameters().forEach(p -> resolved.put(p.name(), p.defaultValue()));
            for (var e : parameters.entrySet()) {
                if (d.spec().parameters().stream().noneMatch(p -> p.name().equals(e.getKey()))) {
                    throw BuildErrors.badParameter("Unexpected parameter '" + e.getKey() + "'");
                }
                resolved.put(e.getKey(), e.getValue());
            }
            String yaml = Bodies.optionalString(body, "yamlOverride")
                    .map(y -> substitute(y, resolved))
                    .orElseGet(() -> BuildWire.yaml(d.spec(), resolved));
            return Reply.json(JsonObject.builder().put("finalYaml", yaml).build());
        }
        Run run = store.queue(d, new BuildStore.QueueRequest(branch, null, parameters, variables, skip, "manual"));
        return Reply.json(out(c).run(run));
    }

    private static String substitute(String yaml, Map<String, String> parameters) {
        String out = yaml;
        for (var e : parameters.entrySet()) {
            out = out.replaceAll("\\$\\{\\{\\s*parameters\\." + java.util.regex.Pattern.quote(e.getKey())
                    + "\\s*}}", java.util.regex.Matcher.quoteReplacement(e.getValue()));
        }
        return out;
    }

    // ---- approvals ------------------------------------------------------------------------------------------

    private static UUID approvalId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw BuildErrors.approvalNotFound(text);
        }
    }

    private Run run(Call c, Approval a) {
        return store.run(project(c), a.runId());
    }

    private static boolean expandSteps(Call c) {
        return c.query("$expand").map(e -> e.toLowerCase(java.util.Locale.ROOT).contains("steps")).orElse(false);
    }

    private Reply approvals(Call c) {
        Predicate<Approval> filter = a -> true;
        Optional<String> ids = c.query("approvalIds");
        if (ids.isPresent()) {
            Set<UUID> set = new LinkedHashSet<>();
            for (String s : ids.get().split(",")) {
                set.add(approvalId(s));
            }
            filter = filter.and(a -> set.contains(a.id()));
        }
        Optional<Set<String>> state = c.query("state").map(BuildRoutes::names);
        if (state.isPresent() && !state.get().contains("all")) {
            filter = filter.and(a -> state.get().contains(a.status().toLowerCase(java.util.Locale.ROOT)));
        }
        Optional<String> users = c.query("userIds");
        if (users.isPresent()) {
            Set<String> wanted = new LinkedHashSet<>();
            for (String u : users.get().split(",")) {
                wanted.add(u.strip());
            }
            filter = filter.and(a -> wanted.stream().anyMatch(u -> u.equalsIgnoreCase(a.approver().toString()))
                    || org.user(a.approver()).map(u -> wanted.contains(u.descriptor())).orElse(false));
        }
        int top = c.intQuery(250, "top", "$top");
        List<JsonValue> list = new ArrayList<>();
        for (Approval a : store.approvals(project(c), filter)) {
            if (list.size() >= top) {
                break;
            }
            list.add(out(c).approval(a, run(c, a), expandSteps(c)));
        }
        return Reply.json(Wire.envelope(list));
    }

    private Reply answer(Call c) {
        Project p = project(c);
        List<JsonValue> updates = Bodies.array(c.json(), "body");
        var answered = new ArrayList<JsonValue>();
        for (JsonValue v : updates) {
            JsonObject u = Bodies.object(v, "approval");
            UUID id = approvalId(Bodies.string(u, "approvalId"));
            Approval a = store.answer(p, id, Bodies.string(u, "status"), Bodies.optionalString(u, "comment")
                    .orElse(null));
            answered.add(out(c).approval(a, run(c, a), true));
        }
        return Reply.json(Wire.envelope(answered));
    }

    // ---- check configurations -------------------------------------------------------------------------------

    private static int checkId(Call c) {
        try {
            return Integer.parseInt(c.var("id"));
        } catch (NumberFormatException e) {
            throw BuildErrors.checkNotFound(c.var("id"));
        }
    }

    private Reply addCheck(Call c) {
        Project p = project(c);
        JsonObject body = Bodies.object(c.json(), "body");
        JsonObject type = Bodies.optionalObject(body, "type").orElseThrow(() -> AdoError.missingArgument("type"));
        JsonObject resource = Bodies.optionalObject(body, "resource")
                .orElseThrow(() -> AdoError.missingArgument("resource"));
        Bodies.string(resource, "type");
        Bodies.string(resource, "id");
        Wire wire = Wire.of(c, org);
        String now = Wire.time(store.clock().instant());
        int id = store.addCheck(n -> {
            String url = wire.url("/" + p.id() + "/_apis/pipelines/checks/configurations/" + n);
            var b = JsonObject.builder();
            b.put("settings", body.get("settings") == null ? JsonObject.EMPTY : body.get("settings"))
                    .put("createdBy", wire.identity(org.me()))
                    .put("createdOn", now)
                    .put("modifiedBy", wire.identity(org.me()))
                    .put("modifiedOn", now)
                    .put("timeout", body.get("timeout") == null ? ado.core.json.JsonNumber.of(43200)
                            : body.get("timeout"))
                    .put("_links", Wire.links("self", url))
                    .put("id", n)
                    .put("type", type)
                    .put("url", url)
                    .put("resource", resource);
            return b.build();
        });
        return Reply.json(store.check(id).orElseThrow());
    }

    private Reply checks(Call c) {
        project(c);
        Optional<String> type = c.query("resourceType");
        Optional<String> id = c.query("resourceId");
        return Reply.json(Wire.envelope(store.checks().stream().filter(o -> {
            JsonObject resource = (JsonObject) o.get("resource");
            return type.map(t -> resource.string("type").orElse("").equalsIgnoreCase(t)).orElse(true)
                    && id.map(i -> resource.string("id").orElse("").equalsIgnoreCase(i)).orElse(true);
        }).map(o -> (JsonValue) o).toList()));
    }
}
