package ado.emulator.internal.library;

import ado.core.json.JsonObject;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Every library and resource store of one emulator, and the sample data they are seeded with. */
public final class Library {

    private final VariableGroupStore variableGroups;
    private final ServiceEndpointStore endpoints;
    private final EnvironmentStore environments;
    private final SecureFileStore secureFiles;
    private final TaskGroupStore taskGroups;
    private final AgentStore agents;
    private final PermissionStore permissions;
    private final DeploymentGroupStore deploymentGroups;

    /** Creates empty stores. */
    public Library(OrgStore org, Clock clock) {
        variableGroups = new VariableGroupStore(org, clock);
        endpoints = new ServiceEndpointStore(org);
        environments = new EnvironmentStore(org, clock);
        secureFiles = new SecureFileStore(org, clock);
        taskGroups = new TaskGroupStore(org, clock);
        agents = new AgentStore(org);
        permissions = new PermissionStore(org, clock);
        deploymentGroups = new DeploymentGroupStore(agents, clock);
    }

    /** {@return the variable groups} */
    public VariableGroupStore variableGroups() {
        return variableGroups;
    }

    /** {@return the service endpoints} */
    public ServiceEndpointStore endpoints() {
        return endpoints;
    }

    /** {@return the environments} */
    public EnvironmentStore environments() {
        return environments;
    }

    /** {@return the secure files} */
    public SecureFileStore secureFiles() {
        return secureFiles;
    }

    /** {@return the task groups} */
    public TaskGroupStore taskGroups() {
        return taskGroups;
    }

    /** {@return the agent pools, agents and queues} */
    public AgentStore agents() {
        return agents;
    }

    /** {@return the deployment groups} */
    public DeploymentGroupStore deploymentGroups() {
        return deploymentGroups;
    }

    /** {@return the pipeline permissions} */
    public PermissionStore permissions() {
        return permissions;
    }

    /**
     * Seeds the pools {@code Default} (one self-hosted agent) and {@code Azure Pipelines} (hosted); in the first
     * project, variable group {@code Release settings} (a plain variable and the secret {@code apiToken}),
     * environment {@code production} with two deployment records, and secure file {@code signing.pfx}.
     */
    public void seed(OrgStore org) {
        Instant t = Instant.parse("2024-01-02T09:00:00Z");
        agents.addPool(1, "Default", false, "automation", t);
        agents.addPool(2, "Azure Pipelines", true, "automation", t);
        agents.addAgent(1, 1, "fabrikam-agent-1", true, Map.of("Agent.OS", "Linux", "java", "/usr/lib/jvm/17",
                "docker", "/usr/bin/docker"), Map.of("team", "fiber"), t);
        agents.addAgent(2, 2, "Hosted Agent", true, Map.of("Agent.OS", "Linux"), Map.of(), t);
        if (org.projects().isEmpty()) {
            return;
        }
        Project p = org.projects().get(0);
        variableGroups.create(JsonObject.builder().put("name", "Release settings")
                .put("description", "Settings of the release pipeline")
                .put("variables", JsonObject.builder()
                        .put("environment", JsonObject.builder().put("value", "production").build())
                        .put("apiToken", JsonObject.builder().put("value", "seeded-token-value")
                                .put("isSecret", true).build()).build()).build(), p);
        JsonObject env = environments.create(p, JsonObject.builder().put("name", "production")
                .put("description", "Production").build());
        int envId = Docs.number(env, "id").orElseThrow().intValue();
        environments.recordDeployment(p, envId, 1, "Fabrikam-CI", 10, "20240101.1", "succeeded", t);
        environments.recordDeployment(p, envId, 1, "Fabrikam-CI", 11, "20240102.1", "failed", t.plusSeconds(3600));
        secureFiles.upload(p, "signing.pfx", new byte[] {1, 2, 3});
    }
}
