package ado.model.hooks;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Service hook subscriptions, publishers and consumers ({@code _apis/hooks}); methods take the organisation scope. */
public final class ServiceHooks {

    /** The api-version of the hooks area. */
    public static final String API_VERSION = "7.1";

    private ServiceHooks() {
    }

    /**
     * {@return every subscription of the organisation}
     *
     * @param org the organisation scope ({@code client.api()})
     */
    public static List<HookSubscription> list(ApiCall org) {
        return org.apis("hooks", "subscriptions").get(API_VERSION).asList(HookSubscription.class);
    }

    /**
     * {@return subscription {@code id}}
     *
     * @param org the organisation scope ({@code client.api()})
     * @param id  the subscription id
     * @throws NullPointerException if {@code id} is null
     */
    public static HookSubscription get(ApiCall org, UUID id) {
        return subscription(org, id).get(API_VERSION).as(HookSubscription.class);
    }

    /**
     * {@return the new subscription; its publisher, event type and consumer action must exist}
     *
     * @param org          the organisation scope ({@code client.api()})
     * @param subscription the subscription, such as {@link HookSubscription#webHook}; its id is ignored
     * @throws NullPointerException if {@code subscription} is null
     */
    public static HookSubscription create(ApiCall org, HookSubscription subscription) {
        return org.apis("hooks", "subscriptions").post(API_VERSION).body(Body.json(body(subscription)))
                .as(HookSubscription.class);
    }

    /**
     * {@return subscription {@code id} replaced by {@code subscription} (PUT)}
     *
     * @param org          the organisation scope ({@code client.api()})
     * @param id           the subscription id
     * @param subscription the new content of the subscription
     * @throws NullPointerException if {@code id} or {@code subscription} is null
     */
    public static HookSubscription replace(ApiCall org, UUID id, HookSubscription subscription) {
        return subscription(org, id).put(API_VERSION).body(Body.json(body(subscription)))
                .as(HookSubscription.class);
    }

    /**
     * Deletes subscription {@code id}.
     *
     * @param org the organisation scope ({@code client.api()})
     * @param id  the subscription id
     * @throws NullPointerException if {@code id} is null
     */
    public static void delete(ApiCall org, UUID id) {
        subscription(org, id).delete(API_VERSION).send();
    }

    /**
     * {@return the publishers with the events they raise}
     *
     * @param org the organisation scope ({@code client.api()})
     */
    public static List<Publisher> publishers(ApiCall org) {
        return org.apis("hooks", "publishers").get(API_VERSION).asList(Publisher.class);
    }

    /**
     * {@return the events publisher {@code publisherId} raises}
     *
     * @param org         the organisation scope ({@code client.api()})
     * @param publisherId the publisher, such as {@code tfs}
     * @throws NullPointerException     if {@code publisherId} is null
     * @throws IllegalArgumentException if {@code publisherId} is blank
     */
    public static List<EventTypeDescriptor> eventTypes(ApiCall org, String publisherId) {
        return org.apis("hooks", "publishers", Checks.nonBlank(publisherId, "publisherId"), "eventtypes")
                .get(API_VERSION).asList(EventTypeDescriptor.class);
    }

    /**
     * {@return the consumers with their actions}
     *
     * @param org the organisation scope ({@code client.api()})
     */
    public static List<Consumer> consumers(ApiCall org) {
        return org.apis("hooks", "consumers").get(API_VERSION).asList(Consumer.class);
    }

    private static JsonObject body(HookSubscription s) {
        Objects.requireNonNull(s, "subscription == null");
        var b = JsonObject.builder().put("publisherId", s.publisherId()).put("eventType", s.eventType())
                .put("consumerId", s.consumerId()).put("consumerActionId", s.consumerActionId())
                .put("publisherInputs", inputs(s.publisherInputs())).put("consumerInputs", inputs(s.consumerInputs()));
        if (s.resourceVersion() != null) {
            b.put("resourceVersion", s.resourceVersion());
        }
        if (s.status() != null) {
            b.put("status", s.status());
        }
        return b.build();
    }

    private static JsonValue inputs(Map<String, String> inputs) {
        var b = JsonObject.builder();
        inputs.forEach(b::put);
        return b.build();
    }

    private static ApiCall subscription(ApiCall org, UUID id) {
        return org.apis("hooks", "subscriptions", Objects.requireNonNull(id, "id == null").toString());
    }
}
