package ado.model.pipelines;

/**
 * A run variable. A secret's value is never sent back: it reads as {@code null} with {@code isSecret} true.
 *
 * @param value    the value, or {@code null} for a secret the server hides
 * @param isSecret whether it is secret, or {@code null}
 */
public record Variable(String value, Boolean isSecret) {

    /** {@return a plain variable} */
    public static Variable of(String value) {
        return new Variable(java.util.Objects.requireNonNull(value, "value == null"), null);
    }

    /** {@return a secret variable} */
    public static Variable secret(String value) {
        return new Variable(java.util.Objects.requireNonNull(value, "value == null"), true);
    }

    @Override
    public String toString() {
        return Boolean.TRUE.equals(isSecret) ? "Variable[secret]" : "Variable[" + value + "]";
    }
}
