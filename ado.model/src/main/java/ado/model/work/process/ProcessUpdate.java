package ado.model.work.process;

/**
 * Changes to a process; {@code null} components are left unchanged.
 *
 * @param name        the new name, or {@code null}
 * @param description the new description, or {@code null}
 * @param isDefault   whether new projects get it by default, or {@code null}
 * @param isEnabled   whether new projects may use it, or {@code null}
 */
public record ProcessUpdate(String name, String description, Boolean isDefault, Boolean isEnabled) {

    /**
     * Checks that a present name is not blank.
     *
     * @param name        the new name, or {@code null}
     * @param description the new description, or {@code null}
     * @param isDefault   whether new projects get it by default, or {@code null}
     * @param isEnabled   whether new projects may use it, or {@code null}
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public ProcessUpdate {
        if (name != null) {
            ado.model.internal.Checks.nonBlank(name, "name");
        }
    }
}
