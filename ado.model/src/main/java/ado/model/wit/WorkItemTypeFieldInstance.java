package ado.model.wit;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;

/**
 * A field as one work item type uses it.
 *
 * @param referenceName  the reference name, such as {@code System.Title}
 * @param name           the display name, or {@code null}
 * @param url            the field's REST URL, or {@code null}
 * @param alwaysRequired whether the type requires a value, or {@code null}
 * @param helpText       the help text, or {@code null}
 * @param defaultValue   the default value, or {@code null}
 * @param allowedValues  the allowed values; empty when unrestricted or not expanded
 * @param other          members ado4j does not model; never {@code null}
 */
public record WorkItemTypeFieldInstance(String referenceName, String name, String url, Boolean alwaysRequired,
                                        String helpText, JsonValue defaultValue, List<String> allowedValues,
                                        @JsonUnmapped JsonObject other) {

    /**
     * Checks the reference name and copies the allowed values.
     *
     * @param referenceName  the reference name, such as {@code System.Title}
     * @param name           the display name, or {@code null}
     * @param url            the field's REST URL, or {@code null}
     * @param alwaysRequired whether the type requires a value, or {@code null}
     * @param helpText       the help text, or {@code null}
     * @param defaultValue   the default value, or {@code null}
     * @param allowedValues  the allowed values; empty when unrestricted or not expanded
     * @param other          members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code referenceName} is null or {@code allowedValues} contains null
     * @throws IllegalArgumentException if {@code referenceName} is blank
     */
    public WorkItemTypeFieldInstance {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(referenceName, "referenceName");
        allowedValues = Copies.list(allowedValues, "allowedValues");
    }
}
