package ado.model.work.process;

/**
 * A new work item type, or changes to one ({@code null} components are not sent).
 *
 * @param name         the name (create only), or {@code null}
 * @param description  the description, or {@code null}
 * @param color        the colour as hex digits, or {@code null}
 * @param icon         the icon id, or {@code null}
 * @param inheritsFrom the reference name of the type to derive from (create only), or {@code null}
 * @param isDisabled   whether new work items of this type are refused, or {@code null}
 */
public record ProcessWorkItemTypeRequest(String name, String description, String color, String icon,
                                         String inheritsFrom, Boolean isDisabled) {

    /**
     * {@return a request to create type {@code name}}
     *
     * @param name        the type's name
     * @param description its description, or {@code null}
     * @param color       its colour as hex digits, such as {@code 009CCC}, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static ProcessWorkItemTypeRequest create(String name, String description, String color) {
        return new ProcessWorkItemTypeRequest(ado.model.internal.Checks.nonBlank(name, "name"), description, color,
                null, null, null);
    }
}
