package ado.emulator.internal.spec;

import java.util.Objects;

/**
 * One way an answer (or a request the emulator accepted) departs from the operation's schema.
 *
 * @param kind what departs: {@code type}, {@code format}, {@code enum}, {@code undefined-member}, {@code status}
 * @param operationId the operation
 * @param path where, as {@code $.member[].member} (array items as {@code []}); {@code #status} for the status
 * @param detail what was found and what the schema wants
 */
public record Violation(String kind, String operationId, String path, String detail) {

    /** Checks the fields. */
    public Violation {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(operationId, "operationId == null");
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(detail, "detail == null");
    }

    @Override
    public String toString() {
        return operationId + " " + path + ": " + kind + ": " + detail;
    }
}
