package ado.model.pipelines;

import ado.core.ApiCall;
import ado.core.Body;
import java.util.Objects;

/**
 * Pipeline permissions on protected resources ({@code {project}/_apis/pipelines/pipelinepermissions/{type}/{id}});
 * {@code project} is {@code client.api().project(p)}.
 */
public final class PipelinePermissions {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1-preview.1";

    private PipelinePermissions() {
    }

    /**
     * {@return which pipelines may use {@code resource}}
     *
     * @param project  the project scope ({@code client.api().project(name)})
     * @param resource the protected resource
     * @throws NullPointerException if {@code resource} is null
     */
    public static PipelinePermissionSet get(ApiCall project, PipelinePermissionResource resource) {
        return scope(project, resource).get(API_VERSION).as(PipelinePermissionSet.class);
    }

    /**
     * {@return the permissions after merging {@code update} into them (entries not named are left as they are)}
     *
     * @param project  the project scope ({@code client.api().project(name)})
     * @param resource the protected resource
     * @param update   the entries to merge, such as {@link PipelinePermissionSet#of}
     * @throws NullPointerException if {@code resource} or {@code update} is null
     */
    public static PipelinePermissionSet update(ApiCall project, PipelinePermissionResource resource,
                                               PipelinePermissionSet update) {
        Objects.requireNonNull(update, "update == null");
        return scope(project, resource).patch(API_VERSION).body(Body.json(update)).as(PipelinePermissionSet.class);
    }

    private static ApiCall scope(ApiCall project, PipelinePermissionResource resource) {
        Objects.requireNonNull(resource, "resource == null");
        return project.apis("pipelines", "pipelinepermissions", resource.type(), resource.id());
    }
}
