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
     * {@return field {@code nameOrReference} (reference or display name)}
     *
     * @throws ado.core.error.AdoNotFoundException if there is no such field
     */
    public static WorkItemField get(ApiCall scope, String nameOrReference) {
        return scope.apis("wit", "fields", Checks.nonBlank(nameOrReference, "nameOrReference")).get(API_VERSION)
                .as(WorkItemField.class);
    }
}
