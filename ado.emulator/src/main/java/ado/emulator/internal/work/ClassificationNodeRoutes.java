package ado.emulator.internal.work;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classification nodes: the roots ({@code $depth}, {@code ids}), and get, create, move (POST with an id), update
 * (rename, dates) and delete ({@code $reclassifyId} required: ADO's VS402391) of a node at any depth.
 */
final class ClassificationNodeRoutes {

    /** ADO allows 14 levels below the root. */
    private static final int MAX_DEPTH = 14;
    private static final String BASE = "{project}/_apis/wit/classificationnodes";

    private final WorkStore work;

    ClassificationNodeRoutes(WorkStore work) {
        this.work = work;
    }

    void register(WorkRoutes.Locked r) {
        r.add("GET", BASE, this::roots);
        var template = new StringBuilder(BASE + "/{group}");
        for (int depth = 0; depth <= MAX_DEPTH; depth++) {
            String t = template.toString();
            r.add("GET", t, this::get);
            r.add("POST", t, this::post);
            r.add("PATCH", t, this::patch);
            r.add("DELETE", t, this::delete);
            template.append("/{p").append(depth).append('}');
        }
    }

    private static String kind(Call c) {
        String g = c.var("group");
        if (g.equalsIgnoreCase("areas")) {
            return "area";
        }
        if (g.equalsIgnoreCase("iterations")) {
            return "iteration";
        }
        throw AdoError.badRequest("The structure group '" + g + "' is not valid: use Areas or Iterations.");
    }

    private static String path(Call c) {
        var parts = new ArrayList<String>();
        for (int i = 0; i <= MAX_DEPTH; i++) {
            c.optionalVar("p" + i).ifPresent(parts::add);
        }
        return String.join("/", parts);
    }

    private Reply roots(Call c) {
        Project p = WorkRoutes.project(c, work);
        WorkWire out = WorkWire.of(c, work);
        Optional<String> ids = c.query("ids");
        if (ids.isPresent()) {
            boolean omit = c.query("errorPolicy").map(e -> e.equalsIgnoreCase("omit")).orElse(false);
            List<JsonValue> found = new ArrayList<>();
            for (String id : ids.get().split(",")) {
                int n = parseId(id);
                Optional<Node> node = work.nodes().byId(p, "area", n).or(() -> work.nodes().byId(p, "iteration", n));
                if (node.isEmpty() && !omit) {
                    throw WorkErrors.nodeIdNotFound(n);
                }
                found.add(node.map(x -> (JsonValue) out.node(p, x, 0)).orElse(ado.core.json.JsonNull.INSTANCE));
            }
            return Reply.json(Wire.envelope(found));
        }
        int depth = c.intQuery(0, "$depth");
        return Reply.json(Wire.envelope(List.of(out.node(p, work.nodes().root(p, "area"), depth),
                out.node(p, work.nodes().root(p, "iteration"), depth))));
    }

    private static int parseId(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw AdoError.badRequest("The value '" + text + "' of ids is not a list of integers.");
        }
    }

    private Reply get(Call c) {
        Project p = WorkRoutes.project(c, work);
        Node n = work.nodes().node(p, kind(c), path(c));
        return Reply.json(WorkWire.of(c, work).node(p, n, c.intQuery(0, "$depth")));
    }

    private Reply post(Call c) {
        Project p = WorkRoutes.project(c, work);
        String kind = kind(c);
        JsonObject body = Bodies.object(c.json(), "body");
        Optional<Integer> id = WorkRoutes.integer(body, "id");
        if (id.isPresent()) {
            Node moved = work.nodes().move(p, kind, path(c), id.get());
            return Reply.json(WorkWire.of(c, work).node(p, moved, 0));
        }
        Instant[] dates = dates(body);
        Node created = work.nodes().create(p, kind, path(c), Bodies.optionalString(body, "name").orElse(null),
                dates[0], dates[1]);
        return Reply.json(201, WorkWire.of(c, work).node(p, created, 0));
    }

    private Reply patch(Call c) {
        Project p = WorkRoutes.project(c, work);
        JsonObject body = Bodies.object(c.json(), "body");
        boolean datesGiven = body.get("attributes") instanceof JsonObject;
        Instant[] dates = dates(body);
        Node n = work.nodes().update(p, kind(c), path(c), Bodies.optionalString(body, "name").orElse(null),
                datesGiven, dates[0], dates[1]);
        return Reply.json(WorkWire.of(c, work).node(p, n, 0));
    }

    private static Instant[] dates(JsonObject body) {
        JsonObject a = Bodies.optionalObject(body, "attributes").orElse(JsonObject.EMPTY);
        return new Instant[] {WorkRoutes.date(a, "startDate"), WorkRoutes.date(a, "finishDate")};
    }

    private Reply delete(Call c) {
        Project p = WorkRoutes.project(c, work);
        Integer reclassify = c.query("$reclassifyId").map(ClassificationNodeRoutes::parseId).orElse(null);
        work.nodes().delete(p, kind(c), path(c), reclassify);
        return Reply.noContent();
    }
}
