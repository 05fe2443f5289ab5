package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import java.util.Objects;

/**
 * One variable of a variable group. Azure DevOps never returns a secret's value: a secret reads as
 * {@code isSecret: true} with {@code value} {@code null}, and sending it back that way (no value) keeps the stored
 * secret. {@link #toString()} never shows a secret's value.
 *
 * @param value      the value; {@code null} for a secret read from the server (or to keep a stored secret)
 * @param isSecret   whether the value is secret, or {@code null} (not secret)
 * @param isReadOnly whether the variable is read-only, or {@code null}
 * @param other      the members ado4j does not model, kept for a lossless write-back; empty when none
 */
public record VariableValue(String value, Boolean isSecret, Boolean isReadOnly, @JsonUnmapped JsonObject other) {

    /**
     * Defaults {@code other} to empty.
     *
     * @param value      the value; {@code null} for a secret read from the server (or to keep a stored secret)
     * @param isSecret   whether the value is secret, or {@code null} (not secret)
     * @param isReadOnly whether the variable is read-only, or {@code null}
     * @param other      the members ado4j does not model, kept for a lossless write-back; empty when none
     */
    public VariableValue {
        other = other == null ? JsonObject.EMPTY : other;
    }

    /**
     * {@return a plain (not secret) variable}
     *
     * @param value the value
     * @throws NullPointerException if {@code value} is null
     */
    public static VariableValue of(String value) {
        return new VariableValue(Objects.requireNonNull(value, "value == null"), null, null, null);
    }

    /**
     * {@return a secret variable with {@code value}}
     *
     * @param value the secret value; {@link #toString()} never shows it
     * @throws NullPointerException if {@code value} is null
     */
    public static VariableValue secret(String value) {
        return new VariableValue(Objects.requireNonNull(value, "value == null"), true, null, null);
    }

    /** {@return whether this is a secret} */
    public boolean secret() {
        return Boolean.TRUE.equals(isSecret);
    }

    /**
     * {@return this variable with {@code value} and secrecy replaced, keeping the members ado4j does not model}
     *
     * @param value  the new value
     * @param secret whether it is secret
     * @throws NullPointerException if {@code value} is null
     */
    public VariableValue with(String value, boolean secret) {
        Objects.requireNonNull(value, "value == null");
        return new VariableValue(value, secret ? Boolean.TRUE : (isSecret == null ? null : Boolean.FALSE),
                isReadOnly, other);
    }

    @Override
    public String toString() {
        return "VariableValue[" + (secret() ? "secret" : "value=" + value)
                + (isReadOnly == null ? "" : ", isReadOnly=" + isReadOnly)
                + (other.members().isEmpty() ? "" : ", other=" + other.members().keySet()) + "]";
    }
}
