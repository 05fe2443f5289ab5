package ado.model.distributedtask;

import ado.core.ApiCall;
import ado.model.internal.Checks;
import java.util.Objects;
import java.util.UUID;

/**
 * A plan of the task plane: {@code {org}/{projectId}/_apis/distributedtask/hubs/{hub}/plans/{planId}}.
 *
 * @param org       the organisation scope ({@code client.api()})
 * @param projectId the project id (ADO's scope identifier)
 * @param hub       the hub, such as {@code build}, {@code release} or {@code checks}
 * @param planId    the plan id
 */
public record PlanScope(ApiCall org, UUID projectId, String hub, UUID planId) {

    /**
     * Checks the members.
     *
     * @param org       the organisation scope ({@code client.api()})
     * @param projectId the project id (ADO's scope identifier)
     * @param hub       the hub, such as {@code build}, {@code release} or {@code checks}
     * @param planId    the plan id
     * @throws NullPointerException     if {@code org}, {@code projectId}, {@code hub} or {@code planId} is null
     * @throws IllegalArgumentException if {@code hub} is blank
     */
    public PlanScope {
        Objects.requireNonNull(org, "org == null");
        Objects.requireNonNull(projectId, "projectId == null");
        Checks.nonBlank(hub, "hub");
        Objects.requireNonNull(planId, "planId == null");
    }

    /** {@return the plan's URL scope} */
    public ApiCall call() {
        return org.project(projectId.toString()).apis("distributedtask", "hubs", hub, "plans", planId.toString());
    }
}
