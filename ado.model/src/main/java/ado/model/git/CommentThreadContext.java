package ado.model.git;

import ado.core.json.JsonObject;
import ado.model.internal.Checks;

/**
 * The file and line range a pull request comment thread is about; a side ({@code left}: the target's version,
 * {@code right}: the source's) is {@code null} when the comment is not on it.
 *
 * @param filePath       the file's path in the repository, starting with {@code /}
 * @param leftFileStart  where the range starts on the left side, or {@code null}
 * @param leftFileEnd    where the range ends on the left side, or {@code null}
 * @param rightFileStart where the range starts on the right side, or {@code null}
 * @param rightFileEnd   where the range ends on the right side, or {@code null}
 */
public record CommentThreadContext(String filePath, Position leftFileStart, Position leftFileEnd,
                                   Position rightFileStart, Position rightFileEnd) {

    /**
     * Checks the path and that each side has both ends or neither.
     *
     * @param filePath       the file's path in the repository, starting with {@code /}
     * @param leftFileStart  where the range starts on the left side, or {@code null}
     * @param leftFileEnd    where the range ends on the left side, or {@code null}
     * @param rightFileStart where the range starts on the right side, or {@code null}
     * @param rightFileEnd   where the range ends on the right side, or {@code null}
     * @throws NullPointerException     if {@code filePath} is null
     * @throws IllegalArgumentException if {@code filePath} is blank or does not start with {@code /}, or a side
     *                                  has only one end
     */
    public CommentThreadContext {
        Checks.nonBlank(filePath, "filePath");
        if (!filePath.startsWith("/")) {
            throw new IllegalArgumentException("filePath must start with '/': '" + filePath + "'");
        }
        if ((leftFileStart == null) != (leftFileEnd == null)) {
            throw new IllegalArgumentException("leftFileStart and leftFileEnd must both be set or both null");
        }
        if ((rightFileStart == null) != (rightFileEnd == null)) {
            throw new IllegalArgumentException("rightFileStart and rightFileEnd must both be set or both null");
        }
    }

    /**
     * {@return a context on lines {@code startLine} to {@code endLine} of the source's (right) version of
     * {@code filePath} (both ends at offset 1, as pyado sends them)}
     *
     * @param filePath  the file's path, starting with {@code /}
     * @param startLine the first line, from 1
     * @param endLine   the last line, at least {@code startLine}
     * @throws IllegalArgumentException if a line is not positive or {@code endLine} is before {@code startLine}
     */
    public static CommentThreadContext right(String filePath, int startLine, int endLine) {
        Position[] range = lines(startLine, endLine);
        return new CommentThreadContext(filePath, null, null, range[0], range[1]);
    }

    /**
     * {@return a context on lines {@code startLine} to {@code endLine} of the target's (left) version of
     * {@code filePath} (both ends at offset 1)}
     *
     * @param filePath  the file's path, starting with {@code /}
     * @param startLine the first line, from 1
     * @param endLine   the last line, at least {@code startLine}
     * @throws IllegalArgumentException if a line is not positive or {@code endLine} is before {@code startLine}
     */
    public static CommentThreadContext left(String filePath, int startLine, int endLine) {
        Position[] range = lines(startLine, endLine);
        return new CommentThreadContext(filePath, range[0], range[1], null, null);
    }

    private static Position[] lines(int startLine, int endLine) {
        if (endLine < startLine) {
            throw new IllegalArgumentException("endLine " + endLine + " is before startLine " + startLine);
        }
        return new Position[] {new Position(startLine, 1), new Position(endLine, 1)};
    }

    /** {@return the wire form} */
    JsonObject toJson() {
        var b = JsonObject.builder().put("filePath", filePath);
        put(b, "leftFileStart", leftFileStart);
        put(b, "leftFileEnd", leftFileEnd);
        put(b, "rightFileStart", rightFileStart);
        put(b, "rightFileEnd", rightFileEnd);
        return b.build();
    }

    private static void put(JsonObject.Builder b, String name, Position p) {
        if (p != null) {
            b.put(name, JsonObject.builder().put("line", p.line()).put("offset", p.offset()).build());
        }
    }

    /**
     * A position in a file ({@code CommentPosition}).
     *
     * @param line   the line, from 1
     * @param offset the character in the line, from 1
     */
    public record Position(int line, int offset) {

        /**
         * Checks both are positive.
         *
         * @param line   the line, from 1
         * @param offset the character in the line, from 1
         * @throws IllegalArgumentException if {@code line} or {@code offset} is not positive
         */
        public Position {
            if (line < 1) {
                throw new IllegalArgumentException("line must be positive: " + line);
            }
            if (offset < 1) {
                throw new IllegalArgumentException("offset must be positive: " + offset);
            }
        }
    }
}
