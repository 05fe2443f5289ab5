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
