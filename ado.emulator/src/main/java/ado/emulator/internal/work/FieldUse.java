package ado.emulator.internal.work;

import ado.core.json.JsonValue;
import java.util.List;

/** A field as one work item type of a process uses it; mutable under the store lock. */
public final class FieldUse {

    final String referenceName;
    boolean required;
    boolean readOnly;
    JsonValue defaultValue;
    List<String> allowedValues;
    final String customization;

    FieldUse(String referenceName, boolean required, boolean readOnly, JsonValue defaultValue,
             List<String> allowedValues, String customization) {
        this.referenceName = referenceName;
        this.required = required;
        this.readOnly = readOnly;
        this.defaultValue = defaultValue;
        this.allowedValues = List.copyOf(allowedValues);
        this.customization = customization;
    }

    FieldUse copy(String customization) {
        return new FieldUse(referenceName, required, readOnly, defaultValue, allowedValues, customization);
    }

    /** {@return the field's reference name} */
    public String referenceName() {
        return referenceName;
    }

    /** {@return whether the type requires a value} */
    public boolean required() {
        return required;
    }

    /** {@return whether the type makes it read-only} */
    public boolean readOnly() {
        return readOnly;
    }

    /** {@return the default value, or {@code null}} */
    public JsonValue defaultValue() {
        return defaultValue;
    }

    /** {@return the allowed values; empty when unrestricted} */
    public List<String> allowedValues() {
        return allowedValues;
    }

    /** {@return system, inherited or custom} */
    public String customization() {
        return customization;
    }
}
