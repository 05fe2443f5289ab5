package ado.model.hooks;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A service hook subscription: an event of a publisher sent to an action of a consumer.
 *
 * @param id               the subscription id, or {@code null} before creation
 * @param publisherId      the publisher, such as {@code tfs}
 * @param eventType        the event, such as {@code git.push}
 * @param resourceVersion  the event payload version, or {@code null}
 * @param consumerId       the consumer, such as {@code webHooks}
 * @param consumerActionId the consumer action, such as {@code httpRequest}
 * @param publisherInputs  the event filters (such as {@code projectId}); empty when absent
 * @param consumerInputs   the action settings (such as {@code url}); empty when absent
 * @param status           its state ({@code enabled}, {@code disabledByUser}...), or {@code null}
 * @param createdBy        its creator, or {@code null}
 * @param createdDate      when it was created, or {@code null}
 * @param url              its API URL, or {@code null}
 * @param other            members ado4j does not model; never {@code null}
 */
public record HookSubscription(UUID id, String publisherId, String eventType, String resourceVersion,
                               String consumerId, String consumerActionId, Map<String, String> publisherInputs,
                               Map<String, String> consumerInputs, String status, IdentityRef createdBy,
                               Instant createdDate, String url, @JsonUnmapped JsonObject other) {

    /**
     * Checks the identifiers and copies the inputs.
     *
     * @param id               the subscription id, or {@code null} before creation
     * @param publisherId      the publisher, such as {@code tfs}
     * @param eventType        the event, such as {@code git.push}
     * @param resourceVersion  the event payload version, or {@code null}
     * @param consumerId       the consumer, such as {@code webHooks}
     * @param consumerActionId the consumer action, such as {@code httpRequest}
     * @param publisherInputs  the event filters (such as {@code projectId}); empty when absent
     * @param consumerInputs   the action settings (such as {@code url}); empty when absent
     * @param status           its state ({@code enabled}, {@code disabledByUser}...), or {@code null}
     * @param createdBy        its creator, or {@code null}
     * @param createdDate      when it was created, or {@code null}
     * @param url              its API URL, or {@code null}
     * @param other            members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code publisherId}, {@code eventType}, {@code consumerId} or
     *                                  {@code consumerActionId} is null
     * @throws IllegalArgumentException if {@code publisherId}, {@code eventType}, {@code consumerId} or
     *                                  {@code consumerActionId} is blank
     */
    public HookSubscription {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(publisherId, "publisherId");
        Checks.nonBlank(eventType, "eventType");
        Checks.nonBlank(consumerId, "consumerId");
        Checks.nonBlank(consumerActionId, "consumerActionId");
        publisherInputs = Copies.map(publisherInputs, "publisherInputs");
        consumerInputs = Copies.map(consumerInputs, "consumerInputs");
    }

    /**
     * {@return a new web hook subscription: {@code eventType} of publisher {@code tfs} POSTed to {@code url}}
     *
     * @param eventType       the event, such as {@code git.push} or {@code workitem.updated}
     * @param publisherInputs the event filters, such as {@code projectId} or {@code repository}; may be empty
     * @param url             the URL the web hook POSTs to
     * @throws NullPointerException     if {@code eventType} or {@code url} is null
     * @throws IllegalArgumentException if {@code eventType} or {@code url} is blank
     */
    public static HookSubscription webHook(String eventType, Map<String, String> publisherInputs, String url) {
        return new HookSubscription(null, "tfs", eventType, null, "webHooks", "httpRequest", publisherInputs,
                Map.of("url", Checks.nonBlank(url, "url")), null, null, null, null, null);
    }
}
