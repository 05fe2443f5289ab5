package ado.model.notification;

import ado.core.json.JsonObject;
import java.util.UUID;

/**
 * The fields to create a notification subscription with, or to change (PATCH: {@code null} fields stay as they
 * are).
 *
 * @param description its description, or {@code null}
 * @param filter      which events match, such as
 *                    {@code {"type": "Expression", "eventType": "ms.vss-code.git-push-event"}}, or {@code null}
 * @param channel     where notifications go, or {@code null}
 * @param scopeId     the project to watch, or {@code null}
 * @param status      {@code enabled} or {@code disabled}, or {@code null}
 */
public record SubscriptionSpec(String description, JsonObject filter, JsonObject channel, UUID scopeId,
                               String status) {

    /**
     * {@return a subscription emailing {@code address} about events {@code eventType} in project {@code scopeId}}
     *
     * @param description its description, or {@code null}
     * @param eventType   the event type, such as {@code ms.vss-code.git-push-event}
     * @param address     the email address to send to
     * @param scopeId     the project to watch, or {@code null}
     * @throws NullPointerException     if {@code eventType} or {@code address} is null
     * @throws IllegalArgumentException if {@code eventType} or {@code address} is blank
     */
    public static SubscriptionSpec email(String description, String eventType, String address, UUID scopeId) {
        ado.model.internal.Checks.nonBlank(eventType, "eventType");
        ado.model.internal.Checks.nonBlank(address, "address");
        return new SubscriptionSpec(description,
                JsonObject.builder().put("type", "Expression").put("eventType", eventType).build(),
                JsonObject.builder().put("type", "EmailHtml").put("address", address).put("useCustomAddress", true)
                        .build(), scopeId, null);
    }

    JsonObject toJson() {
        var b = JsonObject.builder();
        if (description != null) {
            b.put("description", description);
        }
        if (filter != null) {
            b.put("filter", filter);
        }
        if (channel != null) {
            b.put("channel", channel);
        }
        if (scopeId != null) {
            b.put("scope", JsonObject.builder().put("id", scopeId.toString()).build());
        }
        if (status != null) {
            b.put("status", status);
        }
        return b.build();
    }
}
