package ado.core.error;

import ado.core.RateLimit;
import java.net.URI;
import java.util.Objects;

/**
 * What is known about an HTTP exchange that failed: the facts behind an {@link AdoHttpException}. Immutable.
 *
 * @param status     the HTTP status
 * @param method     the request method
 * @param uri        the request URL, stripped of anything secret
 * @param message    ADO's {@code message}, or the text of a non-JSON body (HTML reduced to text); {@code null} if
 *                   the body was empty
 * @param typeKey    ADO's {@code typeKey}, or {@code null}
 * @param typeName   ADO's {@code typeName}, or {@code null}
 * @param errorCode  ADO's {@code errorCode}, 0 when absent
 * @param activityId the {@code ActivityId} header, or {@code null}
 * @param rateLimit  the rate-limit headers of the response
 * @param signInPage whether the body was an HTML sign-in page (a credential problem whatever the status)
 */
public record HttpFailure(int status, String method, URI uri, String message, String typeKey, String typeName,
                          int errorCode, String activityId, RateLimit rateLimit, boolean signInPage) {

    /**
     * Checks that the required fields are present.
     *
     * @param status the HTTP status
     * @param method the request method
     * @param uri the request URL, without secrets
     * @param message ADO's message, or {@code null}
     * @param typeKey ADO's type key, or {@code null}
     * @param typeName ADO's type name, or {@code null}
     * @param errorCode ADO's error code, 0 when absent
     * @param activityId the {@code ActivityId} header, or {@code null}
     * @param rateLimit the rate-limit headers
     * @param signInPage whether the body was a sign-in page
     */
    public HttpFailure {
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(uri, "uri == null");
        Objects.requireNonNull(rateLimit, "rateLimit == null");
    }

    String describe() {
        var sb = new StringBuilder().append(status).append(' ').append(method).append(' ').append(uri);
        if (signInPage) {
            sb.append(": Azure DevOps answered with a sign-in page; the credentials are missing, wrong or expired");
        }
        if (message != null && !message.isBlank()) {
            sb.append(": ").append(message);
        }
        if (typeKey != null) {
            sb.append(" (").append(typeKey).append(')');
        }
        if (activityId != null) {
            sb.append(" [ActivityId ").append(activityId).append(']');
        }
        return sb.toString();
    }
}
