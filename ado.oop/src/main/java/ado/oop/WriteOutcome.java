package ado.oop;

import ado.core.error.AdoException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What became of one write of a bulk call ({@link Project#createWorkItems}, {@link Project#updateWorkItems}): the
 * bulk call returns one outcome per input, in input order, and never loses one.
 *
 * <ul>
 *   <li>{@link Written}: the server applied it; {@code value()} is the object as it answered.</li>
 *   <li>{@link Refused}: the server answered with an error and nothing changed, such as a 400 naming a field or a
 *       412 ({@link ado.core.error.AdoPreconditionFailedException}) because someone else changed the work item.</li>
 *   <li>{@link Unknown}: it was sent but no usable answer came back, so it may or may not have been applied; read
 *       the resource before writing it again.</li>
 *   <li>{@link NotSent}: it was never sent (the caller was interrupted first, or the request could not leave the
 *       client); nothing changed.</li>
 * </ul>
 *
 * <pre>{@code
 * var outcomes = project.createWorkItems(List.of(
 *         new WorkItemDraft("Task", Map.of("System.Title", "Write the docs")),
 *         new WorkItemDraft("Task", Map.of("System.Title", "Review the docs"))), 8);
 * WriteOutcome.failures(outcomes).forEach((index, failed) ->
 *         System.out.println("draft " + index + ": " + failed.error().orElseThrow().getMessage()));
 * }</pre>
 *
 * <p><b>Thread safety.</b> Its implementations are immutable records, safe to share between threads.
 *
 * @param <T> the type of the object written
 */
public sealed interface WriteOutcome<T> {

    /** {@return whether the server applied the write} */
    default boolean isWritten() {
        return this instanceof Written;
    }

    /** {@return the object as written, if the server applied the write} */
    default Optional<T> written() {
        return this instanceof Written<T> w ? Optional.of(w.value()) : Optional.empty();
    }

    /** {@return why the write was not applied or may not have been; empty for {@link Written}} */
    Optional<AdoException> error();

    /**
     * {@return the outcomes of {@code outcomes} that are not {@link Written}, by their index, in index order}
     *
     * @param outcomes what a bulk call returned
     * @param <T> the type of the objects written
     * @throws NullPointerException if {@code outcomes} or one of them is null
     */
    static <T> Map<Integer, WriteOutcome<T>> failures(List<WriteOutcome<T>> outcomes) {
        Objects.requireNonNull(outcomes, "outcomes == null");
        var failed = new TreeMap<Integer, WriteOutcome<T>>();
        for (int i = 0; i < outcomes.size(); i++) {
            WriteOutcome<T> o = outcomes.get(i);
            if (o == null) {
                throw new NullPointerException("outcomes[" + i + "] == null");
            }
            if (!o.isWritten()) {
                failed.put(i, o);
            }
        }
        return failed;
    }

    /**
     * The server applied the write.
     *
     * @param value the object as the server answered (or, after a lost answer, as read back)
     * @param <T> the type of the object written
     */
    record Written<T>(T value) implements WriteOutcome<T> {
        /**
         * Checks the value.
         *
         * @param value the object written
         */
        public Written {
            Objects.requireNonNull(value, "value == null");
        }

        @Override
        public Optional<AdoException> error() {
            return Optional.empty();
        }
    }

    /**
     * Any outcome but {@link Written}: {@link Refused}, {@link Unknown} or {@link NotSent}, each carrying why.
     *
     * @param <T> the type of the object written
     */
    sealed interface Failed<T> extends WriteOutcome<T> {

        /** {@return why the write was not applied, or may not have been} */
        AdoException cause();

        @Override
        default Optional<AdoException> error() {
            return Optional.of(cause());
        }
    }

    /**
     * The server answered with an error; nothing changed.
     *
     * @param cause the error, such as {@link ado.core.error.AdoBadRequestException} (a rule or an unknown field) or
     *              {@link ado.core.error.AdoPreconditionFailedException} (someone else changed the work item)
     * @param <T> the type of the object written
     */
    record Refused<T>(AdoException cause) implements Failed<T> {
        /**
         * Checks the cause.
         *
         * @param cause the error the server answered with
         */
        public Refused {
            Objects.requireNonNull(cause, "cause == null");
        }

    }

    /**
     * The write was sent but no usable answer came back: it may or may not have been applied.
     *
     * @param cause why the answer is missing, usually {@link ado.core.error.AdoOutcomeUnknownException}
     * @param <T> the type of the object written
     */
    record Unknown<T>(AdoException cause) implements Failed<T> {
        /**
         * Checks the cause.
         *
         * @param cause why the answer is missing
         */
        public Unknown {
            Objects.requireNonNull(cause, "cause == null");
        }

    }

    /**
     * The write was never sent; nothing changed.
     *
     * @param cause why: the bulk call was interrupted before it, or the client could not send it (closed, no
     *              connection)
     * @param <T> the type of the object written
     */
    record NotSent<T>(AdoException cause) implements Failed<T> {
        /**
         * Checks the cause.
         *
         * @param cause why it was not sent
         */
        public NotSent {
            Objects.requireNonNull(cause, "cause == null");
        }

    }
}
