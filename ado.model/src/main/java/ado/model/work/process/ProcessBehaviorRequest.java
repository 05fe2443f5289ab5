package ado.model.work.process;

/**
 * A new behaviour, or changes to one ({@code null} components are not sent).
 *
 * @param name          the name, or {@code null}
 * @param color         the colour as hex digits, or {@code null}
 * @param description   the description, or {@code null}
 * @param referenceName the reference name (create only), or {@code null}
 * @param inherits      the reference name of the behaviour to derive from (create only), or {@code null}
 */
public record ProcessBehaviorRequest(String name, String color, String description, String referenceName,
                                     String inherits) {
}
