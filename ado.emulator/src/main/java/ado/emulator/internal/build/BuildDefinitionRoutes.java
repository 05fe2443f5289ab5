package ado.emulator.internal.build;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Handler;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Build definitions: list (name, folder, ids, order, continuation token), get (at a revision), revisions and
 * properties (JSON Patch). Handlers run under the build store's lock.
 */
final class BuildDefinitionRoutes {

    private static final String DEFINITION = "{project}/_apis/build/definitions/{definitionId}";

    private final OrgStore org;
    private final BuildStore store;

    BuildDefinitionRoutes(OrgStore org, BuildStore store) {
        this.org = org;
        this.store = store;
    }

    void register(Router r) {
        add(r, "GET", "{project}/_apis/build/definitions", this::definitions);
        add(r, "GET", DEFINITION, this::getDefinition);
        add(r, "GET", DEFINITION + "/revisions", this::revisions);
        add(r, "GET", DEFINITION + "/properties", c -> Reply.json(properties(definition(c).properties())));
        add(r, "PATCH", DEFINITION + "/properties", this::patchProperties);
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

    private Definition definition(Call c) {
        return store.definition(project(c), BuildRoutes.intVar(c, "definitionId", BuildErrors::definitionNotFound));
    }

    private Reply definitions(Call c) {
        Project p = project(c);
        List<Definition> all = new ArrayList<>(store.definitions(p));
        Optional<String> name = c.query("name");
        if (name.isPresent()) {
            // '*' is the only wildcard; every other character (parentheses, dots) matches itself
            String pattern = java.util.Arrays.stream(name.get().toLowerCase(Locale.ROOT).split("\\*", -1))
                    .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining(".*"));
            all.removeIf(d -> !d.name().toLowerCase(Locale.ROOT).matches(pattern));
        }
        c.query("path").ifPresent(path -> all.removeIf(d -> !d.folder().equalsIgnoreCase(path)));
        Optional<Set<Integer>> ids = c.query("definitionIds").map(BuildRoutes::ints);
        ids.ifPresent(set -> all.removeIf(d -> !set.contains(d.id())));
        String order = WireEnums.DEFINITION_QUERY_ORDER.query(c, "queryOrder").orElse("none");
        if (order.equals("definitionNameDescending")) {
            all.sort(Comparator.comparing(Definition::name, String.CASE_INSENSITIVE_ORDER).reversed());
        } else if (order.equals("definitionNameAscending")) {
            all.sort(Comparator.comparing(Definition::name, String.CASE_INSENSITIVE_ORDER));
        }
        int top = c.intQuery(BuildRoutes.DEFAULT_TOP, "$top");
        int from = c.query("continuationToken").map(BuildRoutes::tokenOffset).orElse(0);
        List<Definition> page = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + top));
        boolean full = c.flag("includeAllProperties");
        Reply reply = Reply.json(Wire.envelope(page.stream().map(d -> (JsonValue) out(c).definition(d, full))
                .toList()));
        if (from + top < all.size()) {
            reply = reply.withHeader("x-ms-continuationtoken", BuildRoutes.token(from + top));
        }
        return reply;
    }

    private Reply getDefinition(Call c) {
        Definition d = definition(c);
        int revision = c.intQuery(d.revision(), "revision");
        if (revision < 1 || revision > d.revision()) {
            throw BuildErrors.definitionNotFound(d.id() + " (revision " + revision + ")");
        }
        JsonObject full = out(c).definition(d, true);
        return Reply.json(full.toBuilder().put("revision", revision).build());
    }

    private Reply revisions(Call c) {
        Definition d = definition(c);
        var wire = Wire.of(c, org);
        var list = new ArrayList<JsonValue>();
        List<Instant> revisions = d.revisions();
        for (int i = 0; i < revisions.size(); i++) {
            list.add(JsonObject.builder()
                    .put("revision", i + 1)
                    .put("name", d.name())
                    .put("changedBy", wire.identity(org.me()))
                    .put("changedDate", Wire.time(revisions.get(i)))
                    .put("changeType", i == 0 ? "add" : "update")
                    .put("comment", JsonNull.INSTANCE)
                    .put("definitionUrl", wire.url("/" + d.projectId() + "/_apis/build/Definitions/" + d.id()
                            + "?revision=" + (i + 1)))
                    .build());
        }
        return Reply.json(Wire.envelope(list));
    }

    private static JsonObject properties(Map<String, JsonValue> properties) {
        var b = JsonObject.builder();
        properties.forEach(b::put);
        return JsonObject.builder().put("count", properties.size()).put("value", b.build()).build();
    }

    private Reply patchProperties(Call c) {
        Definition d = definition(c);
        var changes = new LinkedHashMap<String, JsonValue>();
        for (JsonValue v : Bodies.array(c.json(), "body")) {
            JsonObject op = Bodies.object(v, "operation");
            String kind = WireEnums.OPERATION.read(op, "op").orElseThrow(() -> AdoError.missingArgument("op"));
            String path = Bodies.string(op, "path");
            String key = path.startsWith("/") ? path.substring(1) : path;
            switch (kind) {
                case "add", "replace" -> {
                    JsonValue value = op.get("value");
                    if (value == null) {
                        throw AdoError.missingArgument("value");
                    }
                    changes.put(key, typed(value));
                }
                case "remove" -> changes.put(key, null);
                default -> throw AdoError.badRequest("The JSON Patch operation '" + kind + "' is not supported.");
            }
        }
        return Reply.json(properties(store.setProperties(d, changes)));
    }

    private static JsonObject typed(JsonValue value) {
        String type = value instanceof JsonString ? "System.String"
                : value instanceof JsonBoolean ? "System.Boolean"
                : value instanceof ado.core.json.JsonNumber ? "System.Int32" : "System.String";
        return JsonObject.builder().put("$type", type).put("$value", value instanceof JsonString ? value
                : new JsonString(value.toJson())).build();
    }
}
