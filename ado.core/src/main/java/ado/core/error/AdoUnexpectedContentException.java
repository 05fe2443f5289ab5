package ado.core.error;

import java.util.Objects;

/**
 * A success answer (2xx) whose body is not JSON where JSON was expected: {@code text/plain},
 * {@code application/octet-stream}, an HTML page that is not a sign-in page (those are
 * {@link AdoAuthenticationException}s), or a body without {@code Content-Type} that does not start like JSON.
 * Typically a proxy, a gateway or a wrong URL answered instead of Azure DevOps.
 *
 * <p>Carries the response (status, content type, activity id, redacted URL) and the start of the body: at most
 * {@value #MAX_BODY_START} characters, control characters replaced by spaces.
 */
public final class AdoUnexpectedContentException extends AdoJsonException {

    private static final long serialVersionUID = 1L;

    /** The most characters of the body kept in {@link #bodyStart()}. */
    public static final int MAX_BODY_START = 200;

    /** The start of the body, cut and cleaned. */
    private final String bodyStart;

    /**
     * Creates the exception.
     *
     * @param response  the response
     * @param bodyStart the start of the body as text (cut to {@value #MAX_BODY_START} characters and cleaned of
     *                  control characters here)
     */
    public AdoUnexpectedContentException(ResponseContext response, String bodyStart) {
        super(message(clean(bodyStart)), null, -1, -1, Objects.requireNonNull(response, "response == null"), null);
        this.bodyStart = clean(bodyStart);
    }

    private static String message(String bodyStart) {
        return "Expected JSON but the body " + (bodyStart.isEmpty() ? "is not JSON"
                : "starts with \"" + bodyStart + "\"");
    }

    private static String clean(String text) {
        Objects.requireNonNull(text, "bodyStart == null");
        int end = Math.min(text.length(), MAX_BODY_START);
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        var sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.toString();
    }

    /** {@return the HTTP status of the answer, such as 200} */
    public int status() {
        return response().orElseThrow().status();
    }

    /** {@return the {@code Content-Type} of the answer, or {@code null} when it had none} */
    public String contentType() {
        return response().orElseThrow().contentType();
    }

    /** {@return the start of the body: at most {@value #MAX_BODY_START} characters, control characters as spaces} */
    public String bodyStart() {
        return bodyStart;
    }
}
