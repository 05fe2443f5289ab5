package ado.model.pipelines;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;

/** Check configurations ({@code {project}/_apis/pipelines/checks/configurations}). */
public final class CheckConfigurations {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1-preview.1";

    private CheckConfigurations() {
    }

    /**
     * {@return the added check}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param check   the check, such as {@link CheckConfiguration#of}
     * @throws NullPointerException if {@code check} is null
     */
    public static CheckConfiguration add(ApiCall project, CheckConfiguration check) {
        Objects.requireNonNull(check, "check == null");
        return project.apis("pipelines", "checks", "configurations").post(API_VERSION).body(Body.json(check))
                .as(CheckConfiguration.class);
    }

    /**
     * {@return the checks on resource {@code resourceType}/{@code resourceId}}
     *
     * @param project      the project scope ({@code client.api().project(name)})
     * @param resourceType the resource type, such as {@code environment}
     * @param resourceId   the resource id, as text
     * @throws NullPointerException     if {@code resourceType} or {@code resourceId} is null
     * @throws IllegalArgumentException if {@code resourceType} or {@code resourceId} is blank
     */
    public static List<CheckConfiguration> list(ApiCall project, String resourceType, String resourceId) {
        return project.apis("pipelines", "checks", "configurations")
                .query("resourceType", Checks.nonBlank(resourceType, "resourceType"))
                .query("resourceId", Checks.nonBlank(resourceId, "resourceId")).get(API_VERSION)
                .asList(CheckConfiguration.class);
    }

    /**
     * {@return check {@code id}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the check id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static CheckConfiguration get(ApiCall project, int id) {
        return project.apis("pipelines", "checks", "configurations", Integer.toString(Copies.positive(id, "id")))
                .get(API_VERSION).as(CheckConfiguration.class);
    }

    /**
     * Deletes check {@code id}.
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the check id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static void delete(ApiCall project, int id) {
        project.apis("pipelines", "checks", "configurations", Integer.toString(Copies.positive(id, "id")))
                .delete(API_VERSION).send();
    }
}
