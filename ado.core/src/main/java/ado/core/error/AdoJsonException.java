package ado.core.error;

/**
 * A JSON document was malformed, nested too deeply, or did not fit the type it was bound to.
 *
 * <p>The message names the line, the column and the JSON path, for example
 * {@code "Expected a string but was NUMBER at line 3, column 17, path $.value[3].title"}. When the JSON came from
 * Azure DevOps this usually means the server sent a shape this version of ado4j does not know; when it came from
 * you, the path points at the offending value.
 */
public final class AdoJsonException extends AdoException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final long line;
    private final long column;

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
        super(format(reason, path, line, column), cause);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /** Creates the exception for a problem without a location. */
    public AdoJsonException(String reason, Throwable cause) {
        this(reason, null, -1, -1, cause);
    }

    private static String format(String reason, String path, long line, long column) {
        var sb = new StringBuilder(reason);
        if (line > 0) {
            sb.append(" at line ").append(line).append(", column ").append(column);
        }
        if (path != null) {
            sb.append(line > 0 ? ", path " : " at path ").append(path);
        }
        return sb.toString();
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
}
