package ado.emulator.internal.work;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Handler;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.Team;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Dates;
import java.time.Instant;
import java.util.Optional;

/**
 * The planning routes: classification nodes, work item types, fields and templates, team settings and boards, and
 * processes. Every handler runs under the {@link WorkStore} lock, so each request sees and leaves consistent data.
 */
public final class WorkRoutes {

    private WorkRoutes() {
    }

    /** Adds the routes over {@code work}. */
    public static void register(Router r, WorkStore work) {
        var locked = new Locked(r, work);
        new ClassificationNodeRoutes(work).register(locked);
        new WorkItemTypeRoutes(work).register(locked);
        new TeamSettingsRoutes(work).register(locked);
        new ProcessRoutes(work).register(locked);
    }

    /** Adds routes whose handlers run under the store lock. */
    record Locked(Router router, WorkStore work) {
        void add(String method, String template, Handler handler) {
            router.add(method, template, c -> work.locked(() -> handler.handle(c)));
        }
    }

    // ---- shared helpers of the planning routes

    static Project project(Call call, WorkStore work) {
        return work.org().project(call.var("project"));
    }

    /** {@return the team of the URL, or the project's default team when the URL has none} */
    static Team team(Call call, WorkStore work, Project p) {
        return call.optionalVar("team").map(t -> work.org().team(p, t))
                .orElseGet(() -> work.org().team(p, p.defaultTeamId().toString()));
    }

    static Optional<Boolean> bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonBoolean b) {
            return Optional.of(b.value());
        }
        if (v instanceof ado.core.json.JsonString s && (s.value().equalsIgnoreCase("true")
                || s.value().equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.parseBoolean(s.value()));
        }
        return Optional.empty();
    }

    static Optional<Integer> integer(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n) {
            try {
                return Optional.of(Integer.valueOf(n.toJson()));
            } catch (NumberFormatException e) {
                throw AdoError.badRequest("The value " + n.toJson() + " of " + name + " is not an integer.");
            }
        }
        return Optional.empty();
    }

    static Optional<Double> number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? Optional.of(Double.valueOf(n.toJson())) : Optional.empty();
    }

    static Instant date(JsonObject o, String name) {
        return Bodies.optionalString(o, name).map(s -> Dates.parse(name, s)).orElse(null);
    }

    static java.util.UUID uuid(String text, String name) {
        try {
            return java.util.UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The value '" + text + "' of " + name + " is not a valid GUID.");
        }
    }
}
