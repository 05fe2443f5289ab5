package ado.model.work.process;

import ado.core.json.JsonValue;
import java.util.List;

/**
 * A field to add to a work item type, or changes to one ({@code null} components are not sent).
 *
 * @param referenceName the field's reference name (add only), or {@code null}
 * @param defaultValue  the default value, or {@code null}
 * @param required      whether a value is required, or {@code null}
 * @param readOnly      whether clients may not set it, or {@code null}
 * @param allowedValues the allowed values, or {@code null}
 */
public record ProcessFieldRequest(String referenceName, JsonValue defaultValue, Boolean required, Boolean readOnly,
                                  List<String> allowedValues) {
}
