package ado.core.internal.http;

import ado.core.error.AdoException;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoUnexpectedContentException;
import ado.core.error.ResponseContext;
import ado.core.json.JsonCodec;
import ado.core.json.JsonType;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Binds response bodies that should be JSON: a success answer that is not JSON is refused with an
 * {@link AdoUnexpectedContentException}, and every {@link AdoJsonException} names the response it came from.
 *
 * <p>What counts as JSON: a {@code Content-Type} of {@code application/json}, {@code text/json} or any
 * {@code +json} type, parameters ignored. A response without {@code Content-Type} (some proxies and older servers
 * drop it) is read liberally: it is parsed when its first byte after whitespace and a byte order mark can start a
 * JSON value, and refused otherwise.
 */
public final class JsonResponses {

    /** The response headers that carry the request id Azure DevOps logs, in the order they are preferred. */
    private static final String[] ACTIVITY_HEADERS = {"ActivityId", "X-VSS-ActivityId", "X-VSS-E2EID",
        "x-ms-request-id", "X-TFS-Session", "X-MSEdge-Ref"};

    /** Enough bytes for {@link AdoUnexpectedContentException#MAX_BODY_START} characters of UTF-8. */
    private static final int SAMPLE_BYTES = 4 * AdoUnexpectedContentException.MAX_BODY_START;

    private JsonResponses() {
    }

    /** {@return the response as exceptions describe it; the URL is redacted} */
    public static ResponseContext context(String method, URI uri, int status, HttpHeaders headers) {
        return new ResponseContext(method, uri, status, headers.firstValue("Content-Type").orElse(null),
                activityId(headers));
    }

    /** {@return the request id Azure DevOps sent with the response, or {@code null}} */
    public static String activityId(HttpHeaders headers) {
        for (String name : ACTIVITY_HEADERS) {
            Optional<String> value = headers.firstValue(name).map(String::strip).filter(v -> !v.isEmpty());
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }

    /**
     * {@return the non-empty body of {@code exchange} bound to {@code type}}
     *
     * @param checkContent whether the body must be JSON by the rules above (false when the caller asked for another
     *                     media type and binds the body anyway)
     * @throws AdoUnexpectedContentException if {@code checkContent} and the body is not JSON
     * @throws AdoJsonException              if the body does not parse or bind, naming the response
     */
    public static <T> T read(JsonCodec codec, String method, Exchange<byte[]> exchange, JsonType<T> type,
                             boolean checkContent) {
        byte[] body = exchange.body();
        ResponseContext context = context(method, exchange.uri(), exchange.status(), exchange.headers());
        if (checkContent && !isJson(context.contentType(), body)) {
            throw unexpected(context, body);
        }
        try {
            return codec.read(body, type);
        } catch (AdoJsonException e) {
            throw e.inResponse(context);
        } catch (AdoException e) {
            throw e;
        } catch (RuntimeException e) { // a third-party codec that let a parse failure escape untyped
            throw new AdoJsonException("Could not read JSON: " + e, e).inResponse(context);
        }
    }

    /** {@return the exception for a success answer that is not JSON, with the start of its body} */
    public static AdoUnexpectedContentException unexpected(ResponseContext context, byte[] body) {
        int n = Math.min(body.length, SAMPLE_BYTES);
        return new AdoUnexpectedContentException(context, new String(body, 0, n, StandardCharsets.UTF_8).strip());
    }

    /** {@return whether a body with this {@code Content-Type} (or none) is JSON} */
    static boolean isJson(String contentType, byte[] body) {
        if (contentType == null || contentType.isBlank()) {
            return startsLikeJson(body);
        }
        int semicolon = contentType.indexOf(';');
        String media = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.equals("text/json") || media.endsWith("+json");
    }

    /** {@return whether the first byte after a byte order mark and whitespace can start a JSON value} */
    static boolean startsLikeJson(byte[] body) {
        int i = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        if (i == body.length) {
            return false;
        }
        byte b = body[i];
        return b == '{' || b == '[' || b == '"' || b == '-' || (b >= '0' && b <= '9') || b == 't' || b == 'f'
                || b == 'n';
    }
}
