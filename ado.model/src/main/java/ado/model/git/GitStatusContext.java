package ado.model.git;

/**
 * What a status is about: its name and the genre that groups it.
 *
 * @param name  the name, not blank
 * @param genre the genre, or {@code null}
 */
public record GitStatusContext(String name, String genre) {

    /**
     * Checks the name.
     *
     * @param name  the name, not blank
     * @param genre the genre, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public GitStatusContext {
        ado.model.internal.Checks.nonBlank(name, "name");
    }
}
