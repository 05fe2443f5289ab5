package ado.core.error;

import ado.core.internal.http.UrlRules;
import java.io.Serializable;
import java.net.URI;
import java.util.Objects;

/**
 * The response a JSON problem was found in: enough to find the exchange again in a proxy log or to hand to
 * Microsoft support, never a credential. Immutable.
 *
 * @param method      the request method, such as {@code GET}
 * @param uri         the URL that answered (after redirects), with user info and secret-bearing query parameters
 *                    redacted (done here, whatever is passed)
 * @param status      the HTTP status, such as 200
 * @param contentType the {@code Content-Type} header as sent, or {@code null} when the response had none
 * @param activityId  the request id Azure DevOps sent ({@code ActivityId}, {@code X-VSS-E2EID} or
 *                    {@code x-ms-request-id}), or {@code null}
 * @serial exclude
 */
public record ResponseContext(String method, URI uri, int status, String contentType, String activityId)
        implements Serializable {

    /**
     * Checks the required fields and redacts the URL.
     *
     * @param method the request method
     * @param uri the URL that answered; redacted here
     * @param status the HTTP status
     * @param contentType the {@code Content-Type}, or {@code null}
     * @param activityId the request id Azure DevOps sent, or {@code null}
     */
    public ResponseContext {
        Objects.requireNonNull(method, "method == null");
        uri = UrlRules.redact(Objects.requireNonNull(uri, "uri == null"));
    }

    /** {@return a one-line description, such as {@code GET https://... answered 200 (Content-Type text/plain)}} */
    String describe() {
        var sb = new StringBuilder().append(method).append(' ').append(uri).append(" answered ").append(status)
                .append(" (Content-Type ").append(contentType == null ? "absent" : contentType);
        if (activityId != null) {
            sb.append(", ActivityId ").append(activityId);
        }
        return sb.append(')').toString();
    }
}
