package ado.model.pipelines;

import ado.model.IdentityRef;
import java.time.Instant;

/**
 * Whether one pipeline (or, as {@code allPipelines}, every pipeline) may use a protected resource.
 *
 * @param id           the pipeline (definition) id; {@code null} in {@code allPipelines}
 * @param authorized   whether it is authorized
 * @param authorizedBy who authorized it, or {@code null}
 * @param authorizedOn when, or {@code null}
 */
public record PipelinePermission(Integer id, boolean authorized, IdentityRef authorizedBy, Instant authorizedOn) {

    /**
     * {@return an entry authorizing (or revoking) pipeline {@code id}, as a request sends it}
     *
     * @param id         the pipeline (definition) id, positive
     * @param authorized whether to authorize it (false: revoke)
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static PipelinePermission of(int id, boolean authorized) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return new PipelinePermission(id, authorized, null, null);
    }

    /**
     * {@return an {@code allPipelines} entry, as a request sends it}
     *
     * @param authorized whether to authorize every pipeline (false: revoke)
     */
    public static PipelinePermission all(boolean authorized) {
        return new PipelinePermission(null, authorized, null, null);
    }
}
