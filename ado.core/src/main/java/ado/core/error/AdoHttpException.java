package ado.core.error;

import ado.core.RateLimit;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Azure DevOps answered with an error status. The sealed subtypes name the status, so callers can
 * {@code catch (AdoNotFoundException e)} or switch over the type.
 *
 * <p>Every instance carries the status, the method, the URL (without credentials), ADO's own {@code message},
 * {@code typeKey} and {@code errorCode} when the body had them, the {@code ActivityId} header that Microsoft
 * support asks for, and the rate-limit headers of the response.
 */
public abstract sealed class AdoHttpException extends AdoException
        permits AdoBadRequestException, AdoAuthenticationException, AdoForbiddenException, AdoNotFoundException,
        AdoConflictException, AdoPreconditionFailedException, AdoThrottledException, AdoServerException,
        AdoUnexpectedStatusException {

    private static final long serialVersionUID = 1L;

    private final transient HttpFailure failure;

    AdoHttpException(HttpFailure failure) {
        super(Objects.requireNonNull(failure, "failure == null").describe(), null);
        this.failure = failure;
    }

    /** For a failure found before any exchange took place, described by {@code message}. */
    AdoHttpException(String message, HttpFailure failure) {
        super(message, null);
        this.failure = failure;
    }

    /**
     * Maps a failure to the subtype for its status: 400, 401 (and 203 or an HTML sign-in page), 403, 404, 409,
     * 412, 429, 5xx, and {@link AdoUnexpectedStatusException} for anything else.
     *
     * @param failure the failed exchange
     * @return the exception of the matching subtype
     */
    public static AdoHttpException of(HttpFailure failure) {
        if (failure.signInPage()) {
            return new AdoAuthenticationException(failure);
        }
        return switch (failure.status()) {
            case 400 -> new AdoBadRequestException(failure);
            case 401, 203 -> new AdoAuthenticationException(failure);
            case 403 -> new AdoForbiddenException(failure);
            case 404 -> new AdoNotFoundException(failure);
            case 409 -> new AdoConflictException(failure);
            case 412 -> new AdoPreconditionFailedException(failure);
            case 429 -> new AdoThrottledException(failure);
            default -> failure.status() >= 500 && failure.status() <= 599
                    ? new AdoServerException(failure)
                    : new AdoUnexpectedStatusException(failure);
        };
    }

    /** {@return everything known about the failed exchange} */
    public HttpFailure failure() {
        return failure;
    }

    /** {@return the HTTP status, such as 404} */
    public int status() {
        return failure.status();
    }

    /** {@return the HTTP method of the request, such as {@code GET}} */
    public String method() {
        return failure.method();
    }

    /** {@return the request URL, which never carries credentials} */
    public URI uri() {
        return failure.uri();
    }

    /** {@return ADO's {@code message}, such as {@code "TF401019: The Git repository ... does not exist"}} */
    public Optional<String> adoMessage() {
        return Optional.ofNullable(failure.message());
    }

    /** {@return ADO's short exception type, such as {@code GitRepositoryNotFoundException}} */
    public Optional<String> typeKey() {
        return Optional.ofNullable(failure.typeKey());
    }

    /** {@return ADO's {@code errorCode}, 0 when absent} */
    public int errorCode() {
        return failure.errorCode();
    }

    /** {@return the {@code ActivityId} response header, which identifies the request to Microsoft support} */
    public Optional<String> activityId() {
        return Optional.ofNullable(failure.activityId());
    }

    /** {@return the rate-limit headers of the response} */
    public RateLimit rateLimit() {
        return failure.rateLimit();
    }
}
