package ado.core.internal.auth;

import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoException;
import ado.core.error.AdoTransportException;
import ado.core.internal.http.Redaction;
import ado.core.internal.http.UrlRules;
import ado.core.internal.http.UserAgent;
import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends the requests of the token flows on their own small clients, never with Azure DevOps credentials: one
 * client for Entra and Azure Pipelines (through the configured proxies), one for the managed-identity endpoints
 * that bypasses every proxy. Failures become exceptions whose message names the flow, the endpoint (without its
 * query) and the cause, never a secret.
 */
public final class TokenHttp {

    private static final int MAX_DETAIL = 300;

    private final HttpClient client;
    private final HttpClient direct;
    private final Duration timeout;
    private final JsonCodec codec = JsonCodec.builtin();

    /**
     * Creates the sender.
     *
     * @param client  for Entra and Azure Pipelines
     * @param direct  for managed-identity endpoints: no proxy
     * @param timeout per request, until the response headers arrive
     */
    public TokenHttp(HttpClient client, HttpClient direct, Duration timeout) {
        this.client = client;
        this.direct = direct;
        this.timeout = timeout;
    }

    /** {@return the built-in codec the flows parse with} */
    public JsonCodec codec() {
        return codec;
    }

    /**
     * Sends {@code request} and reads a 2xx JSON answer as {@code type}.
     *
     * @param flow   the flow's name, for messages
     * @param direct whether to bypass proxies (managed-identity endpoints)
     * @throws AdoConfigurationException if the endpoint refused the request (400, 401, 403, 404)
     * @throws AdoTransportException     if it could not be reached, timed out or answered otherwise
     */
    public <T> T send(String flow, HttpRequest.Builder request, boolean direct, Class<T> type) {
        return send(flow, request, direct, type, List.of());
    }

    /**
     * {@link #send(String, HttpRequest.Builder, boolean, Class)} for a request whose body carries {@code secrets}
     * (a client secret, an assertion): an endpoint that echoes them in its error is shown with them scrubbed, as
     * are the values of the request's {@code Authorization} and other secret-named headers.
     */
    public <T> T send(String flow, HttpRequest.Builder request, boolean direct, Class<T> type,
                      Collection<String> secrets) {
        HttpRequest built = request.timeout(timeout).setHeader("User-Agent", UserAgent.DEFAULT)
                .setHeader("Accept", "application/json").build();
        var sent = new ArrayList<String>(secrets);
        built.headers().map().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Authorization") || UrlRules.isSecretName(name)) {
                values.forEach(v -> sent.add(v.startsWith("Bearer ") ? v.substring(7) : v));
            }
        });
        String endpoint = endpoint(built.uri());
        byte[] body;
        int status;
        try {
            var response = (direct ? this.direct : client).send(built, BodyHandlers.ofByteArray());
            body = response.body();
            status = response.statusCode();
        } catch (HttpTimeoutException e) {
            throw new AdoTransportException(flow + ": " + endpoint + " did not answer within " + timeout.toMillis()
                    + " ms", e);
        } catch (ConnectException e) {
            throw new AdoTransportException(flow + ": cannot connect to " + endpoint + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new AdoTransportException(flow + ": request to " + endpoint + " failed ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdoTransportException(flow + ": request to " + endpoint + " was interrupted", e);
        }
        if (status < 200 || status > 299) {
            String message = flow + ": " + endpoint + " answered HTTP " + status
                    + Redaction.scrub(errorDetail(body), sent);
            if (status == 400 || status == 401 || status == 403 || status == 404) {
                throw new AdoConfigurationException(message);
            }
            throw new AdoTransportException(message, null);
        }
        try {
            return codec.read(body, type);
        } catch (AdoException e) {
            throw new AdoTransportException(flow + ": " + endpoint + " answered with JSON that cannot be read", e);
        }
    }

    /** {@return {@code fields} as {@code application/x-www-form-urlencoded}} */
    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + '=' + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** {@return {@code value} percent-encoded for a query or form} */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@return the URL without query or fragment, for messages} */
    public static String endpoint(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** Entra and the managed-identity endpoints answer errors as {@code {"error": ..., "error_description": ...}}. */
    private String errorDetail(byte[] body) {
        JsonValue tree;
        try {
            tree = codec.read(body, JsonValue.class);
        } catch (AdoException e) {
            return "";
        }
        if (!(tree instanceof JsonObject error)) {
            return "";
        }
        String code = text(error.get("error"));
        String description = text(error.get("error_description"));
        if (description.isEmpty()) {
            description = text(error.get("message")); // Azure Pipelines
        }
        String detail = (code + (code.isEmpty() || description.isEmpty() ? "" : ": ") + description).strip();
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "...";
        }
        return detail.isEmpty() ? "" : " (" + detail.replaceAll("\\s+", " ") + ")";
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.value() : "";
    }
}
