package ado.model.work;

import ado.model.internal.Checks;

/**
 * An area path of a team.
 *
 * @param value           the area path, such as {@code Fabrikam\Web}
 * @param includeChildren whether the team also owns the areas below it
 */
public record TeamFieldValue(String value, boolean includeChildren) {

    /**
     * Checks the value.
     *
     * @param value           the area path, such as {@code Fabrikam\Web}
     * @param includeChildren whether the team also owns the areas below it
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public TeamFieldValue {
        Checks.nonBlank(value, "value");
    }
}
