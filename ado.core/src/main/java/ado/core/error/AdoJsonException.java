package ado.core.error;

import java.util.Objects;
import java.util.Optional;

/**
 * A JSON document was malformed, nested too deeply, or did not fit the type it was bound to.
 *
 * <p>The message names the line, the column and the JSON path, for example
 * {@code "Expected a string but was NUMBER at line 3, column 17, path $.value[3].title"}. When the JSON came from
 * Azure DevOps this usually means the server sent a shape this version of ado4j does not know; when it came from
 * you, the path points at the offending value.
 *
 * <p>When the document was the body of a response, {@link #response()} says which one (method, redacted URL,
 * status, content type and activity id) and the message ends with it.
 *
 * <p>Sealed: the one subtype, {@link AdoUnexpectedContentException}, is a success answer that is not JSON at all
 * where JSON was expected. It is a kind of this exception (the body is not the expected JSON, and code that caught
 * this one for a {@code text/plain} answer before the subtype existed still catches it), told apart where the
 * difference matters: the server sent something else entirely, not a JSON shape ado4j does not know.
 */
public sealed class AdoJsonException extends AdoException permits AdoUnexpectedContentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, without the location. */
    private final String reason;
    /** The JSON path of the problem, or {@code null}. */
    private final String path;
    /** The 1-based line of the problem, or {@code -1}. */
    private final long line;
    /** The 1-based column of the problem, or {@code -1}. */
    private final long column;
    /** The response whose body the JSON was, or {@code null}. */
    private final ResponseContext response;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong, without location (the location is appended)
     * @param path   the JSON path, such as {@code $.value[3].fields}, or {@code null} if unknown
     * @param line   the 1-based line, or {@code -1} if unknown (binding from a tree has no lines)
     * @param column the 1-based column, or {@code -1} if unknown
     * @param cause  the underlying exception, or {@code null}
     */
    public AdoJsonException(String reason, String path, long line, long column, Throwable cause) {
        this(reason, path, line, column, null, cause);
    }

    /**
     * Creates the exception for a problem without a location.
     *
     * @param reason what is wrong
     * @param cause the underlying exception, or {@code null}
     */
    public AdoJsonException(String reason, Throwable cause) {
        this(reason, null, -1, -1, cause);
    }

    AdoJsonException(String reason, String path, long line, long column, ResponseContext response,
                     Throwable cause) {
        super(format(reason, path, line, column, response), cause);
        this.reason = reason;
        this.path = path;
        this.line = line;
        this.column = column;
        this.response = response;
    }

    private static String format(String reason, String path, long line, long column, ResponseContext response) {
        var sb = new StringBuilder(reason);
        if (line > 0) {
            sb.append(" at line ").append(line).append(", column ").append(column);
        }
        if (path != null) {
            sb.append(line > 0 ? ", path " : " at path ").append(path);
        }
        if (response != null) {
            sb.append(" in the response to ").append(response.describe());
        }
        return sb.toString();
    }

    /**
     * {@return this problem located in {@code response}}: a copy with the same reason, location, cause and stack
     * trace, or this exception itself when it already names a response
     *
     * @param response the response the JSON was the body of
     */
    public AdoJsonException inResponse(ResponseContext response) {
        Objects.requireNonNull(response, "response == null");
        if (this.response != null) {
            return this;
        }
        var located = new AdoJsonException(reason, path, line, column, response, getCause());
        located.setStackTrace(getStackTrace());
        for (Throwable suppressed : getSuppressed()) {
            located.addSuppressed(suppressed);
        }
        return located;
    }

    /** {@return the JSON path of the problem, such as {@code $.value[3].fields}, or {@code null}} */
    public String path() {
        return path;
    }

    /** {@return the 1-based line of the problem, or {@code -1} when unknown} */
    public long line() {
        return line;
    }

    /** {@return the 1-based column of the problem, or {@code -1} when unknown} */
    public long column() {
        return column;
    }

    /** {@return the response whose body this is, or empty when the JSON did not come from a response} */
    public Optional<ResponseContext> response() {
        return Optional.ofNullable(response);
    }
}
