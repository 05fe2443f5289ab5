package ado.model.pipelines;

import ado.model.internal.Copies;
import java.util.List;

/**
 * The pipeline permissions of one resource ({@code ResourcePipelinePermissions}), as read and as sent in an update
 * (where Azure DevOps merges the entries into what it has).
 *
 * @param resource     the resource, or {@code null} in a request
 * @param pipelines    the per-pipeline entries; empty when absent
 * @param allPipelines the entry for every pipeline, or {@code null}
 */
public record PipelinePermissionSet(PipelinePermissionResource resource, List<PipelinePermission> pipelines,
                                    PipelinePermission allPipelines) {

    /**
     * Copies {@code pipelines}.
     *
     * @param resource     the resource, or {@code null} in a request
     * @param pipelines    the per-pipeline entries; empty when absent
     * @param allPipelines the entry for every pipeline, or {@code null}
     */
    public PipelinePermissionSet {
        pipelines = Copies.list(pipelines, "pipelines");
    }

    /**
     * {@return an update authorizing (or revoking) the given pipelines}
     *
     * @param pipelines the per-pipeline entries, such as {@link PipelinePermission#of}
     * @throws NullPointerException if {@code pipelines} has a null entry
     */
    public static PipelinePermissionSet of(List<PipelinePermission> pipelines) {
        return new PipelinePermissionSet(null, pipelines, null);
    }

    /**
     * {@return an update authorizing (or revoking) every pipeline}
     *
     * @param authorized whether to authorize every pipeline (false: revoke)
     */
    public static PipelinePermissionSet allPipelines(boolean authorized) {
        return new PipelinePermissionSet(null, List.of(), PipelinePermission.all(authorized));
    }

    /**
     * {@return whether pipeline {@code pipelineId} may use the resource (by its own entry or {@code allPipelines})}
     *
     * @param pipelineId the pipeline (definition) id
     */
    public boolean authorizes(int pipelineId) {
        if (allPipelines != null && allPipelines.authorized()) {
            return true;
        }
        return pipelines.stream().anyMatch(p -> p.id() != null && p.id() == pipelineId && p.authorized());
    }
}
