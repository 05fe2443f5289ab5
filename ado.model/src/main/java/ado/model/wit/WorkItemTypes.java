package ado.model.wit;

import ado.core.ApiCall;
import ado.model.internal.Checks;
import java.util.List;

/**
 * The work item types of a project, their states and fields, and the type categories
 * ({@code {project}/_apis/wit/workitemtypes}, {@code .../workitemtypecategories}). Every method takes a project
 * scope ({@code client.api().project(name)}).
 */
public final class WorkItemTypes {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private WorkItemTypes() {
    }

    /**
     * {@return the work item types of the project}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @throws ado.core.error.AdoNotFoundException if there is no such project
     */
    public static List<WorkItemType> list(ApiCall project) {
        return project.apis("wit", "workitemtypes").get(API_VERSION).asList(WorkItemType.class);
    }

    /**
     * {@return work item type {@code name}}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param name    the type name, such as {@code Bug}
     * @throws ado.core.error.AdoNotFoundException if the project has no such type
     * @throws NullPointerException                if {@code name} is null
     * @throws IllegalArgumentException            if {@code name} is blank
     */
    public static WorkItemType get(ApiCall project, String name) {
        return type(project, name).get(API_VERSION).as(WorkItemType.class);
    }

    /**
     * {@return the states of type {@code name}, in order}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param name    the type name, such as {@code Bug}
     * @throws ado.core.error.AdoNotFoundException if there is no such project or type
     * @throws NullPointerException                if {@code name} is null
     * @throws IllegalArgumentException            if {@code name} is blank
     */
    public static List<WorkItemStateColor> states(ApiCall project, String name) {
        return type(project, name).path("states").get(API_VERSION).asList(WorkItemStateColor.class);
    }

    /**
     * {@return the fields of type {@code name}, with their allowed and default values}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param name    the type name, such as {@code Bug}
     * @throws ado.core.error.AdoNotFoundException if there is no such project or type
     * @throws NullPointerException                if {@code name} is null
     * @throws IllegalArgumentException            if {@code name} is blank
     */
    public static List<WorkItemTypeFieldInstance> fields(ApiCall project, String name) {
        return type(project, name).path("fields").query("$expand", "allowedValues").get(API_VERSION)
                .asList(WorkItemTypeFieldInstance.class);
    }

    /**
     * {@return field {@code referenceName} as type {@code name} uses it, with its allowed and default values}
     *
     * @param project       the project scope, {@code client.api().project(p)}
     * @param name          the type name, such as {@code Bug}
     * @param referenceName the field's reference name, such as {@code System.State}
     * @throws ado.core.error.AdoNotFoundException if there is no such project, type or field of the type
     * @throws NullPointerException                if a name is null
     * @throws IllegalArgumentException            if a name is blank
     */
    public static WorkItemTypeFieldInstance field(ApiCall project, String name, String referenceName) {
        return type(project, name).path("fields", Checks.nonBlank(referenceName, "referenceName"))
                .query("$expand", "allowedValues").get(API_VERSION).as(WorkItemTypeFieldInstance.class);
    }

    /**
     * {@return the work item type categories of the project}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @throws ado.core.error.AdoNotFoundException if there is no such project
     */
    public static List<WorkItemTypeCategory> categories(ApiCall project) {
        return project.apis("wit", "workitemtypecategories").get(API_VERSION).asList(WorkItemTypeCategory.class);
    }

    /**
     * {@return category {@code referenceName}, such as {@code Microsoft.BugCategory}}
     *
     * @param project       the project scope, {@code client.api().project(p)}
     * @param referenceName the category's reference name
     * @throws ado.core.error.AdoNotFoundException if there is no such project or category
     * @throws NullPointerException                if {@code referenceName} is null
     * @throws IllegalArgumentException            if {@code referenceName} is blank
     */
    public static WorkItemTypeCategory category(ApiCall project, String referenceName) {
        return project.apis("wit", "workitemtypecategories", Checks.nonBlank(referenceName, "referenceName"))
                .get(API_VERSION).as(WorkItemTypeCategory.class);
    }

    private static ApiCall type(ApiCall project, String name) {
        return project.apis("wit", "workitemtypes", Checks.nonBlank(name, "name"));
    }
}
