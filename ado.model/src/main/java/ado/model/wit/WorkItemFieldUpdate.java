package ado.model.wit;

import ado.core.json.JsonValue;

/**
 * How one field changed in a work item update.
 *
 * @param oldValue the value before, or {@code null} when the field was not set
 * @param newValue the value after, or {@code null} when the field was cleared
 */
public record WorkItemFieldUpdate(JsonValue oldValue, JsonValue newValue) {
}
