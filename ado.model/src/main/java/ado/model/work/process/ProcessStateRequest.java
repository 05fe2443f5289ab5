package ado.model.work.process;

/**
 * A new state, or changes to one ({@code null} components are not sent).
 *
 * @param name          the name, or {@code null} on update
 * @param color         the colour as hex digits, or {@code null}
 * @param stateCategory the category (create only), or {@code null}
 * @param order         the position, or {@code null}
 */
public record ProcessStateRequest(String name, String color, String stateCategory, Integer order) {
}
