package ado.emulator;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.library.Library;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.util.UUID;

/**
 * Direct access to the emulator's pipelines library, for tests: the stored documents exactly as kept, secret
 * values included (the HTTP API never returns them).
 */
public final class EmulatorLibrary {

    private final OrgStore org;
    private final Library library;

    EmulatorLibrary(OrgStore org, Library library) {
        this.org = org;
        this.library = library;
    }

    /**
     * {@return the stored document of variable group {@code id}: every member a client sent, secret values
     * included}
     *
     * @param project the project's name or id
     * @param id the variable group's id
     * @throws IllegalArgumentException if the project does not exist or the group is not shared into it
     */
    public JsonValue variableGroupDocument(String project, int id) {
        Project p = project(project);
        JsonObject doc = library.variableGroups().document(id).orElse(null);
        if (doc == null || library.variableGroups().inProject(p).stream().noneMatch(doc::equals)) {
            throw new IllegalArgumentException("no variable group " + id + " in project " + project);
        }
        return doc;
    }

    /**
     * {@return the stored document of service endpoint {@code id}, secret authorization parameters included}
     *
     * @param id the service endpoint's id
     * @throws IllegalArgumentException if there is no such endpoint
     */
    public JsonValue serviceEndpointDocument(UUID id) {
        JsonObject doc = library.endpoints().document(id);
        if (doc == null) {
            throw new IllegalArgumentException("no service endpoint " + id);
        }
        return doc;
    }

    /**
     * Records a deployment of run {@code runId} ({@code runName}) of pipeline {@code pipelineId} to environment
     * {@code environmentId}, with {@code result} such as {@code succeeded}, as a finished deployment job would.
     *
     * @param project the project's name or id
     * @param environmentId the environment's id
     * @param pipelineId the pipeline (definition) id
     * @param pipelineName the pipeline's name
     * @param runId the run (build) id
     * @param runName the run's name, such as {@code 20240101.1}
     * @param result the deployment result, such as {@code succeeded} or {@code failed}
     * @throws IllegalArgumentException if the project or environment does not exist
     */
    public void recordDeployment(String project, int environmentId, int pipelineId, String pipelineName, int runId,
                                 String runName, String result) {
        try {
            library.environments().recordDeployment(project(project), environmentId, pipelineId, pipelineName,
                    runId, runName, result, java.time.Instant.now());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot record the deployment: " + e.getMessage(), e);
        }
    }

    private Project project(String nameOrId) {
        return org.findProject(nameOrId).orElseThrow(() -> new IllegalArgumentException("no project " + nameOrId));
    }
}
