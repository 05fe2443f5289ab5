package ado.model.wit;

import ado.core.ApiCall;
import ado.model.internal.Checks;
import java.util.List;

/** The work item fields of a project or organisation ({@code _apis/wit/fields}). */
public final class WorkItemFields {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private WorkItemFields() {
    }

    /** {@return every field; {@code scope} is an organisation or project call} */
    public static List<WorkItemField> list(ApiCall scope) {
        return scope.apis("wit", "fields").get(API_VERSION).asList(WorkItemField.class);
    }

    /**
     * {@return a new organisation field, such as {@code Custom.Approved} of type {@link FieldType#BOOLEAN}; processes
     * can then add it to their work item types}
     */
    public static WorkItemField create(ApiCall org, String name, String referenceName, FieldType type,
                                       String description) {
        Checks.nonBlank(name, "name");
        Checks.nonBlank(referenceName, "referenceName");
        java.util.Objects.requireNonNull(type, "type == null");
        if (type == FieldType.UNKNOWN || type == FieldType.HISTORY) {
            throw new IllegalArgumentException("type must be a type fields can be created with: " + type);
        }
        var body = ado.core.json.JsonObject.builder().put("name", name).put("referenceName", referenceName)
                .put("type", wire(type));
        if (description != null) {
            body.put("description", description);
        }
        return org.apis("wit", "fields").post(API_VERSION).body(ado.core.Body.json(body.build()))
                .as(WorkItemField.class);
    }

    private static String wire(FieldType type) {
        String[] words = type.name().toLowerCase(java.util.Locale.ROOT).split("_");
        var b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }

    /**
     * {@return field {@code nameOrReference} (reference or display name)}
     *
     * @throws ado.core.error.AdoNotFoundException if there is no such field
     */
    public static WorkItemField get(ApiCall scope, String nameOrReference) {
        return scope.apis("wit", "fields", Checks.nonBlank(nameOrReference, "nameOrReference")).get(API_VERSION)
                .as(WorkItemField.class);
    }
}
