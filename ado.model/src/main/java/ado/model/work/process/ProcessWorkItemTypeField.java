package ado.model.work.process;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import ado.model.wit.FieldType;
import java.util.List;

/**
 * A field of a process's work item type.
 *
 * @param referenceName the reference name
 * @param name          the display name, or {@code null}
 * @param type          the field type, or {@code null}
 * @param description   the description, or {@code null}
 * @param required      whether the type requires a value, or {@code null}
 * @param readOnly      whether clients may not set it, or {@code null}
 * @param defaultValue  the default value, or {@code null}
 * @param allowedValues the allowed values (strings, or numbers for numeric fields); empty when unrestricted
 * @param customization system, inherited or custom, or {@code null}
 * @param url           the REST URL, or {@code null}
 * @param other         members ado4j does not model; never {@code null}
 */
public record ProcessWorkItemTypeField(String referenceName, String name, FieldType type, String description,
                                       Boolean required, Boolean readOnly, JsonValue defaultValue,
                                       List<JsonValue> allowedValues, CustomizationType customization, String url,
                                       @JsonUnmapped JsonObject other) {

    /**
     * Checks the reference name and copies the allowed values.
     *
     * @param referenceName the reference name
     * @param name          the display name, or {@code null}
     * @param type          the field type, or {@code null}
     * @param description   the description, or {@code null}
     * @param required      whether the type requires a value, or {@code null}
     * @param readOnly      whether clients may not set it, or {@code null}
     * @param defaultValue  the default value, or {@code null}
     * @param allowedValues the allowed values (strings, or numbers for numeric fields); empty when unrestricted
     * @param customization system, inherited or custom, or {@code null}
     * @param url           the REST URL, or {@code null}
     * @param other         members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code referenceName} is null
     * @throws IllegalArgumentException if {@code referenceName} is blank
     */
    public ProcessWorkItemTypeField {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(referenceName, "referenceName");
        allowedValues = Copies.list(allowedValues, "allowedValues");
    }
}
