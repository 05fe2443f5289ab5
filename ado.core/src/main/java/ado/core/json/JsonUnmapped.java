package ado.core.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one {@link JsonObject} component of a record that collects every member no other component maps.
 * Reading fills it (or leaves it {@link JsonObject#EMPTY}); writing puts its members back after the mapped ones.
 * A read-modify-write through such a record therefore loses nothing the server sent, even fields ado4j does not
 * know yet.
 *
 * <pre>{@code
 * public record VariableGroup(int id, String name, Map<String, VariableValue> variables,
 *                             @JsonUnmapped JsonObject other) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface JsonUnmapped {
}
