package ado.model.pipelines;

import ado.model.internal.Checks;

/**
 * A protected resource pipelines need permission to use: its type ({@code queue}, {@code endpoint},
 * {@code variablegroup}, {@code securefile}, {@code environment}, {@code repository}) and id.
 *
 * @param type the resource type, not blank
 * @param id   the resource id (a number or a GUID, as text), not blank
 * @param name the resource name, or {@code null}
 */
public record PipelinePermissionResource(String type, String id, String name) {

    /**
     * Checks that type and id are present.
     *
     * @param type the resource type, not blank
     * @param id   the resource id (a number or a GUID, as text), not blank
     * @param name the resource name, or {@code null}
     * @throws NullPointerException     if {@code type} or {@code id} is null
     * @throws IllegalArgumentException if {@code type} or {@code id} is blank
     */
    public PipelinePermissionResource {
        Checks.nonBlank(type, "type");
        Checks.nonBlank(id, "id");
    }

    /**
     * {@return the resource {@code type}/{@code id}}
     *
     * @param type the resource type, such as {@code queue} or {@code environment}
     * @param id   the resource id (a number or a GUID, as text)
     * @throws NullPointerException     if {@code type} or {@code id} is null
     * @throws IllegalArgumentException if {@code type} or {@code id} is blank
     */
    public static PipelinePermissionResource of(String type, String id) {
        return new PipelinePermissionResource(type, id, null);
    }
}
