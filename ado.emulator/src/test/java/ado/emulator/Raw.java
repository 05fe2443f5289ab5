package ado.emulator;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain JDK HTTP client for emulator tests: sends exactly what the test says, with no retries. */
final class Raw {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final AdoEmulator emulator;
    private final URI base;

    Raw(AdoEmulator emulator) {
        this(emulator, emulator.url());
    }

    /** A client for the organisation at {@code base}, such as a service listener's URL. */
    Raw(AdoEmulator emulator, URI base) {
        this.emulator = emulator;
        this.base = base;
    }

    /** {@return the Basic header for the emulator's PAT} */
    String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((":" + emulator.pat()).getBytes(StandardCharsets.UTF_8));
    }

    /** {@return a request for {@code path} below the organisation, authenticated, api-version 7.1 in Accept} */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic()).header("Accept", "application/json;api-version=7.1");
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> send(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** {@return the JSON body of a GET that must answer {@code status}} */
    JsonObject json(String path, int status) {
        return json(get(path), status);
    }

    static JsonObject json(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
        return (JsonObject) JsonValue.parse(response.body());
    }

    /** {@return the {@code value} array of an envelope} */
    static JsonArray value(JsonObject envelope) {
        return (JsonArray) envelope.get("value");
    }

    /** {@return string member {@code name} of element {@code index} of the envelope's value} */
    static String at(JsonObject envelope, int index, String name) {
        return ((JsonObject) value(envelope).get(index)).string(name).orElseThrow();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
