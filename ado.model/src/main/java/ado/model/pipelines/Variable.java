package ado.model.pipelines;

/**
 * A run variable. A secret's value is never sent back: it reads as {@code null} with {@code isSecret} true.
 *
 * @param value    the value, or {@code null} for a secret the server hides
 * @param isSecret whether it is secret, or {@code null}
 */
public record Variable(String value, Boolean isSecret) {

    /**
     * {@return a plain variable}
     *
     * @param value the value
     * @throws NullPointerException if {@code value} is null
     */
    public static Variable of(String value) {
        return new Variable(java.util.Objects.requireNonNull(value, "value == null"), null);
    }

    /**
     * {@return a secret variable}
     *
     * @param value the secret value; {@link #toString()} never shows it
     * @throws NullPointerException if {@code value} is null
     */
    public static Variable secret(String value) {
        return new Variable(java.util.Objects.requireNonNull(value, "value == null"), true);
    }

    @Override
    public String toString() {
        return Boolean.TRUE.equals(isSecret) ? "Variable[secret]" : "Variable[" + value + "]";
    }
}
