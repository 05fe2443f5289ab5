package ado.emulator.internal.hooks;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service hooks: subscriptions (list, get, create, replace, delete; the publisher, its event type, the consumer,
 * its action and the action's required inputs must exist), publishers with their event types, consumers with their
 * actions. Error type keys after ADO's service hooks server; messages plausible, not verified live.
 */
public final class HookRoutes {

    private static final String NS = "Microsoft.VisualStudio.Services.ServiceHooks.WebApi";

    private final OrgStore org;
    private final Clock clock;
    private final Map<UUID, JsonObject> subscriptions = new ConcurrentHashMap<>();

    /** Creates the routes with an empty subscription store. */
    public HookRoutes(OrgStore org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", "_apis/hooks/subscriptions", c -> Reply.json(Wire.envelope(subscriptions.values().stream()
                .sorted(Comparator.comparing(o -> o.string("createdDate").orElse("") + o.string("id").orElse("")))
                .map(o -> (JsonValue) o).toList())));
        r.add("POST", "_apis/hooks/subscriptions", c -> Reply.json(save(c, UUID.randomUUID(), null)));
        r.add("GET", "_apis/hooks/subscriptions/{id}", c -> Reply.json(find(c)));
        r.add("PUT", "_apis/hooks/subscriptions/{id}", c -> Reply.json(save(c, uuid(c), find(c))));
        r.add("DELETE", "_apis/hooks/subscriptions/{id}", c -> {
            subscriptions.remove(uuid(c), find(c));
            return Reply.noContent();
        });
        r.add("GET", "_apis/hooks/publishers", c -> Reply.json(Wire.envelope(HookCatalog.PUBLISHERS.stream()
                .map(p -> (JsonValue) publisher(c, p)).toList())));
        r.add("GET", "_apis/hooks/publishers/{publisherId}", c -> Reply.json(publisher(c, publisherOf(
                c.var("publisherId")))));
        r.add("GET", "_apis/hooks/publishers/{publisherId}/eventtypes", c -> Reply.json(Wire.envelope(
                eventTypes(publisherOf(c.var("publisherId"))))));
        r.add("GET", "_apis/hooks/consumers", c -> Reply.json(Wire.envelope(HookCatalog.CONSUMERS.stream()
                .map(k -> (JsonValue) consumer(k)).toList())));
        r.add("GET", "_apis/hooks/consumers/{consumerId}", c -> Reply.json(consumer(consumerOf(
                c.var("consumerId")))));
    }

    private JsonObject save(Call call, UUID id, JsonObject previous) {
        JsonObject body = Bodies.object(call.json(), "body");
        String publisherId = Bodies.string(body, "publisherId");
        String eventType = Bodies.string(body, "eventType");
        String consumerId = Bodies.string(body, "consumerId");
        String actionId = Bodies.string(body, "consumerActionId");
        HookCatalog.Publisher publisher = publisherOf(publisherId);
        if (!publisher.events().contains(eventType) || publisher.events().indexOf(eventType) % 2 != 0) {
            throw new AdoError(400, "EventTypeNotFoundException", NS,
                    "The event type '" + eventType + "' is not supported by publisher '" + publisherId + "'.");
        }
        HookCatalog.Consumer consumer = consumerOf(consumerId);
        if (consumer.actions().indexOf(actionId) < 0 || consumer.actions().indexOf(actionId) % 2 != 0) {
            throw new AdoError(400, "ConsumerActionNotFoundException", NS,
                    "The action '" + actionId + "' is not supported by consumer '" + consumerId + "'.");
        }
        JsonObject consumerInputs = Bodies.optionalObject(body, "consumerInputs").orElse(JsonObject.EMPTY);
        for (String input : consumer.required()) {
            if (!(consumerInputs.get(input) instanceof JsonString s) || s.value().isBlank()) {
                throw new AdoError(400, "InputValidationException", NS,
                        "The consumer input '" + input + "' is required.");
            }
        }
        Wire w = Wire.of(call, org);
        String now = Wire.time(clock.instant());
        JsonObject saved = JsonObject.builder()
                .put("id", id.toString())
                .put("url", w.url("/_apis/hooks/subscriptions/" + id))
                .put("status", Bodies.optionalString(body, "status").orElse("enabled"))
                .put("publisherId", publisherId)
                .put("eventType", eventType)
                .put("resourceVersion", Bodies.optionalString(body, "resourceVersion").orElse("1.0"))
                .put("eventDescription", publisher.events().get(publisher.events().indexOf(eventType) + 1))
                .put("consumerId", consumerId)
                .put("consumerActionId", actionId)
                .put("actionDescription", consumer.actions().get(consumer.actions().indexOf(actionId) + 1))
                .put("createdBy", w.identity(org.me()))
                .put("createdDate", previous == null ? now : previous.string("createdDate").orElse(now))
                .put("modifiedBy", w.identity(org.me()))
                .put("modifiedDate", now)
                .put("publisherInputs", Bodies.optionalObject(body, "publisherInputs").orElse(JsonObject.EMPTY))
                .put("consumerInputs", consumerInputs)
                .build();
        subscriptions.put(id, saved);
        return saved;
    }

    private JsonObject find(Call call) {
        JsonObject s = subscriptions.get(uuid(call));
        if (s == null) {
            throw new AdoError(404, "SubscriptionNotFoundException", NS,
                    "The subscription with id '" + call.var("id") + "' does not exist.");
        }
        return s;
    }

    private static HookCatalog.Publisher publisherOf(String id) {
        return HookCatalog.publisher(id).orElseThrow(() -> new AdoError(404, "PublisherNotFoundException", NS,
                "The publisher '" + id + "' does not exist."));
    }

    private static HookCatalog.Consumer consumerOf(String id) {
        return HookCatalog.consumer(id).orElseThrow(() -> new AdoError(404, "ConsumerNotFoundException", NS,
                "The consumer '" + id + "' does not exist."));
    }

    private JsonObject publisher(Call call, HookCatalog.Publisher p) {
        return JsonObject.builder().put("id", p.id()).put("name", p.name())
                .put("description", p.name() + " events")
                .put("supportedEvents", new JsonArray(eventTypes(p)))
                .put("url", Wire.of(call, org).url("/_apis/hooks/publishers/" + p.id())).build();
    }

    private static List<JsonValue> eventTypes(HookCatalog.Publisher p) {
        var out = new ArrayList<JsonValue>();
        for (int i = 0; i < p.events().size(); i += 2) {
            out.add(JsonObject.builder().put("publisherId", p.id()).put("id", p.events().get(i))
                    .put("name", p.events().get(i + 1)).put("description", p.events().get(i + 1)).build());
        }
        return out;
    }

    private static JsonObject consumer(HookCatalog.Consumer k) {
        var actions = new ArrayList<JsonValue>();
        for (int i = 0; i < k.actions().size(); i += 2) {
            actions.add(JsonObject.builder().put("consumerId", k.id()).put("id", k.actions().get(i))
                    .put("name", k.actions().get(i + 1)).put("description", k.actions().get(i + 1)).build());
        }
        return JsonObject.builder().put("id", k.id()).put("name", k.name()).put("description", k.name())
                .put("actions", new JsonArray(actions)).build();
    }

    private static UUID uuid(Call call) {
        try {
            return UUID.fromString(call.var("id"));
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The value '" + call.var("id") + "' is not a valid GUID.");
        }
    }
}
