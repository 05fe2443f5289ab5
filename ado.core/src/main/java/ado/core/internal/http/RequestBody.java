package ado.core.internal.http;

import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A request body ready to send: its content type and a source of fresh publishers (one per attempt, so a retry
 * sends the whole body again).
 *
 * @param contentType the {@code Content-Type}, or {@code null} for no body
 * @param publisher   a new publisher per call
 */
public record RequestBody(String contentType, Supplier<BodyPublisher> publisher) {

    /** No body. */
    public static final RequestBody NONE = new RequestBody(null, BodyPublishers::noBody);

    /** Checks the publisher source is present. */
    public RequestBody {
        Objects.requireNonNull(publisher, "publisher == null");
    }
}
