package ado.emulator.internal.http;

import ado.core.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A response to send: status, content type, extra headers and body. */
public record Reply(int status, String contentType, Map<String, String> headers, byte[] body) {

    /** Copies the headers; {@code body} may be empty but not {@code null}. */
    public Reply {
        Objects.requireNonNull(body, "body == null");
        headers = Map.copyOf(headers);
    }

    /** {@return a 200 JSON reply} */
    public static Reply json(JsonValue value) {
        return json(200, value);
    }

    /** {@return a JSON reply with {@code status}} */
    public static Reply json(int status, JsonValue value) {
        return new Reply(status, "application/json; charset=utf-8",
                Map.of(), value.toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** {@return 204 No Content, without a body} */
    public static Reply noContent() {
        return new Reply(204, "application/json; charset=utf-8", Map.of(), new byte[0]);
    }

    /** {@return a reply carrying raw bytes} */
    public static Reply bytes(String contentType, byte[] data) {
        return new Reply(200, contentType, Map.of(), data);
    }

    /** {@return an HTML reply} */
    public static Reply html(int status, String html) {
        return new Reply(status, "text/html; charset=utf-8", Map.of(), html.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return the error's reply} */
    public static Reply error(AdoError error) {
        return json(error.status(), error.body());
    }

    /** {@return this reply with one more header} */
    public Reply withHeader(String name, String value) {
        var copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Reply(status, contentType, copy, body);
    }
}
