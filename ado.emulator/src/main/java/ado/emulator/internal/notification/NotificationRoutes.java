package ado.emulator.internal.notification;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Notification subscriptions of the authenticated user: list, get, create (a filter and a channel are required),
 * update (PATCH: the members sent replace the stored ones) and delete. Error type keys after ADO's notification
 * server; messages plausible, not verified live.
 */
public final class NotificationRoutes {

    private static final String NS = "Microsoft.VisualStudio.Services.Notifications.WebApi";
    private static final List<String> PATCHABLE = List.of("description", "filter", "channel", "scope", "status");

    private final OrgStore org;
    private final Clock clock;
    private final Map<String, JsonObject> subscriptions = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** Creates the routes with an empty store. */
    public NotificationRoutes(OrgStore org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", "_apis/notification/subscriptions", c -> Reply.json(Wire.envelope(subscriptions.values()
                .stream().sorted(Comparator.comparingInt(o -> Integer.parseInt(o.string("id").orElse("0"))))
                .map(o -> (JsonValue) o).toList())));
        r.add("POST", "_apis/notification/subscriptions", this::create);
        r.add("GET", "_apis/notification/subscriptions/{id}", c -> Reply.json(find(c)));
        r.add("PATCH", "_apis/notification/subscriptions/{id}", this::update);
        r.add("DELETE", "_apis/notification/subscriptions/{id}", c -> {
            subscriptions.remove(find(c).string("id").orElseThrow());
            return Reply.noContent();
        });
    }

    private Reply create(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        JsonObject filter = Bodies.optionalObject(body, "filter").orElseThrow(() -> AdoError.missingArgument("filter"));
        JsonObject channel = Bodies.optionalObject(body, "channel")
                .orElseThrow(() -> AdoError.missingArgument("channel"));
        if (filter.string("type").isEmpty()) {
            throw new AdoError(400, "InvalidSubscriptionException", NS, "The subscription filter needs a 'type'.");
        }
        if (channel.string("type").isEmpty()) {
            throw new AdoError(400, "InvalidSubscriptionException", NS, "The subscription channel needs a 'type'.");
        }
        String id = Integer.toString(ids.incrementAndGet());
        Wire w = Wire.of(call, org);
        var b = JsonObject.builder().put("id", id)
                .put("description", Bodies.optionalString(body, "description").orElse(""))
                .put("filter", filter).put("channel", channel)
                .put("subscriber", w.identity(org.me()))
                .put("scope", Bodies.optionalObject(body, "scope").orElse(JsonObject.builder()
                        .put("id", "00000000-0000-0000-0000-000000000000").build()))
                .put("status", "enabled").put("flags", "none")
                .put("lastModifiedBy", w.identity(org.me()))
                .put("modifiedDate", Wire.time(clock.instant()))
                .put("url", w.url("/_apis/notification/Subscriptions/" + id));
        JsonObject saved = b.build();
        subscriptions.put(id, saved);
        return Reply.json(saved);
    }

    private Reply update(Call call) {
        JsonObject current = find(call);
        JsonObject body = Bodies.object(call.json(), "body");
        var b = current.toBuilder();
        for (String name : PATCHABLE) {
            JsonValue v = body.get(name);
            if (v != null && v != ado.core.json.JsonNull.INSTANCE) {
                b.put(name, v);
            }
        }
        b.put("modifiedDate", Wire.time(clock.instant()));
        JsonObject saved = b.build();
        subscriptions.put(current.string("id").orElseThrow(), saved);
        return Reply.json(saved);
    }

    private JsonObject find(Call call) {
        JsonObject s = subscriptions.get(call.var("id"));
        if (s == null) {
            throw new AdoError(404, "SubscriptionNotFoundException", NS,
                    "The subscription with id '" + call.var("id") + "' does not exist.");
        }
        return s;
    }
}
