package ado.core.internal.http;

import ado.core.RateLimit;
import ado.core.error.AdoException;
import ado.core.error.AdoHttpException;
import ado.core.error.AdoUnexpectedContentException;
import ado.core.error.HttpFailure;
import ado.core.json.JsonArray;
import ado.core.json.JsonCodec;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that turns a failed response into an exception: an error status or a sign-in page into an
 * {@link AdoHttpException}, an HTML success answer where JSON was expected that is not a sign-in page into an
 * {@link AdoUnexpectedContentException}.
 */
public final class ErrorMapper {

    /** The most of an error body that is read. */
    public static final int MAX_BODY = 64 * 1024;
    private static final int MAX_MESSAGE = 1000;
    private static final String[] SIGN_IN_MARKERS = {"login.microsoftonline.com", "sign in", "signin",
        "_signin", "login.live.com"};

    private static final String NO_CREDENTIALS = "no credentials were sent: set AdoClient.Builder.credentials, "
            + "AZURE_DEVOPS_EXT_PAT or SYSTEM_ACCESSTOKEN";

    private final JsonCodec codec;
    private final boolean anonymous;

    /**
     * Creates a mapper that reads JSON error bodies with {@code codec}.
     *
     * @param anonymous whether the client sends no credentials (authentication failures then say so)
     */
    public ErrorMapper(JsonCodec codec, boolean anonymous) {
        this.codec = codec;
        this.anonymous = anonymous;
    }

    /**
     * {@return the exception for a response with an error status (4xx/5xx), a 203, or HTML where JSON was
     * expected}: an {@link AdoHttpException}, except that a 2xx HTML page without the marks of a sign-in page is an
     * {@link AdoUnexpectedContentException} (a proxy or a wrong URL answered, not a credential problem)
     *
     * @param signIn whether the response is already known to be a sign-in page (203, or HTML where JSON was
     *               expected); for a 2xx other than 203 the body decides
     */
    public AdoException map(int status, String method, URI uri, HttpHeaders headers, byte[] body,
                            RateLimit rateLimit, boolean signIn) {
        String contentType = headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8);
        if (status >= 200 && status < 300 && status != 203 && !looksLikeSignIn(text)) {
            return JsonResponses.unexpected(JsonResponses.context(method, uri, status, headers), body);
        }
        JsonObject error = contentType.contains("html") ? null : errorObject(text);
        String message;
        if (error != null) {
            message = error.string("message").orElse(HtmlText.cap(text.strip(), MAX_MESSAGE));
        } else if (contentType.contains("html") || text.stripLeading().startsWith("<")) {
            message = HtmlText.of(text, MAX_MESSAGE);
            signIn = signIn || (status == 401 || status == 203 || status < 300) && looksLikeSignIn(text);
        } else {
            message = HtmlText.cap(text.strip(), MAX_MESSAGE);
        }
        if (anonymous && (status == 401 || signIn)) {
            message = message == null || message.isEmpty() ? NO_CREDENTIALS : message + " (" + NO_CREDENTIALS + ")";
        }
        String activityId = JsonResponses.activityId(headers);
        return AdoHttpException.of(new HttpFailure(status, method, UrlRules.redact(uri),
                message == null || message.isEmpty() ? null : message,
                error == null ? null : error.string("typeKey").orElse(null),
                error == null ? null : error.string("typeName").orElse(null),
                error != null && error.get("errorCode") instanceof JsonNumber n && n.isLong() ? n.intValue() : 0,
                activityId, rateLimit, signIn));
    }

    private static boolean looksLikeSignIn(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String marker : SIGN_IN_MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** The wrapped-exception object, also inside a {@code {count, value}} envelope; null if not JSON. */
    private JsonObject errorObject(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return null;
        }
        JsonValue tree;
        try {
            tree = codec.read(trimmed, JsonType.of(JsonValue.class));
        } catch (RuntimeException e) {
            return null;
        }
        return unwrap(tree).orElse(null);
    }

    private static Optional<JsonObject> unwrap(JsonValue tree) {
        if (tree instanceof JsonArray a && a.size() > 0) {
            return unwrap(a.get(0));
        }
        if (!(tree instanceof JsonObject o)) {
            return Optional.empty();
        }
        if (!o.has("message") && o.has("value")) {
            return unwrap(o.get("value"));
        }
        return Optional.of(o);
    }
}
