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

    /**
     * {@return every field of the organisation or project}
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     */
    public static List<WorkItemField> list(ApiCall scope) {
        return scope.apis("wit", "fields").get(API_VERSION).asList(WorkItemField.class);
    }

    /**
     * {@return a new organisation field, such as {@code Custom.Approved} of type {@link FieldType#BOOLEAN}; processes
     * can then add it to their work item types}
     *
     * @param org           the organisation scope, {@code client.api()}
     * @param name          the display name
     * @param referenceName the reference name, such as {@code Custom.Approved}
     * @param type          the value type
     * @param description   the help text, or {@code null}
     * @throws ado.core.error.AdoConflictException   if a field of that name or reference name exists
     * @throws ado.core.error.AdoBadRequestException if a name is not valid
     * @throws NullPointerException                  if {@code name}, {@code referenceName} or {@code type} is null
     * @throws IllegalArgumentException              if a name is blank, or {@code type} is {@code UNKNOWN} or
     *                                               {@code HISTORY}
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
     * @param scope           an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param nameOrReference the reference name, such as {@code System.Title}, or the display name
     * @throws ado.core.error.AdoNotFoundException if there is no such field
     * @throws NullPointerException                if {@code nameOrReference} is null
     * @throws IllegalArgumentException            if {@code nameOrReference} is blank
     */
    public static WorkItemField get(ApiCall scope, String nameOrReference) {
        return scope.apis("wit", "fields", Checks.nonBlank(nameOrReference, "nameOrReference")).get(API_VERSION)
                .as(WorkItemField.class);
    }
}
