package ado.model.notification;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.IdentityRef;
import ado.model.internal.Checks;
import java.time.Instant;

/**
 * A notification subscription ({@code _apis/notification/subscriptions}).
 *
 * @param id           the subscription id (a number for custom ones, a name for default ones)
 * @param description  its description, or {@code null}
 * @param filter       which events match, as sent, or {@code null}
 * @param channel      where notifications go (such as {@code {"type": "EmailHtml", "address": ...}}), or {@code null}
 * @param subscriber   who receives them, or {@code null}
 * @param scope        the project or organisation it watches, as sent, or {@code null}
 * @param status       {@code enabled}, {@code disabled}..., or {@code null}
 * @param modifiedDate when it last changed, or {@code null}
 * @param url          its API URL, or {@code null}
 * @param other        members ado4j does not model; never {@code null}
 */
public record NotificationSubscription(String id, String description, JsonValue filter, JsonValue channel,
                                       IdentityRef subscriber, JsonValue scope, String status, Instant modifiedDate,
                                       String url, @JsonUnmapped JsonObject other) {

    /**
     * Checks the id.
     *
     * @param id           the subscription id (a number for custom ones, a name for default ones)
     * @param description  its description, or {@code null}
     * @param filter       which events match, as sent, or {@code null}
     * @param channel      where notifications go (such as {@code {"type": "EmailHtml", "address": ...}}), or
     *                     {@code null}
     * @param subscriber   who receives them, or {@code null}
     * @param scope        the project or organisation it watches, as sent, or {@code null}
     * @param status       {@code enabled}, {@code disabled}..., or {@code null}
     * @param modifiedDate when it last changed, or {@code null}
     * @param url          its API URL, or {@code null}
     * @param other        members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public NotificationSubscription {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(id, "id");
    }
}
