package ado.model.distributedtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class PipelineResourcesEndpointTest {

    private static ApiCall org;
    private static ApiCall project;

    @BeforeAll
    static void start(AdoEmulator emulator) {
        org = emulator.client().api();
        project = org.project("Fabrikam-Fiber-Git");
    }

    @Test
    void environments_seededProduction_hasDeployments() {
        EnvironmentInstance production = Environments.list(project, "production").findFirst().orElseThrow();

        List<EnvironmentDeploymentRecord> records = Environments.deployments(project, production.id()).toList();

        assertThat(records).extracting(EnvironmentDeploymentRecord::result).containsExactly("failed", "succeeded");
        assertThat(records.get(0).definition().string("name")).contains("Fabrikam-CI");
    }

    @Test
    void environments_checks_listOnlyThatEnvironmentsConfigurations() {
        EnvironmentInstance e = Environments.create(project, "raw-env-checked", "with a check");
        EnvironmentInstance other = Environments.create(project, "raw-env-unchecked", "without");
        ado.model.pipelines.CheckConfiguration added = ado.model.pipelines.CheckConfigurations.add(project,
                ado.model.pipelines.CheckConfiguration.of(ado.model.pipelines.CheckConfiguration.APPROVAL_TYPE,
                        "Approval", "environment", Integer.toString(e.id()),
                        JsonObject.builder().put("instructions", "look first").build(), 60));

        List<JsonObject> checks = Environments.checks(project, e.id());

        assertThat(checks).singleElement().satisfies(c -> assertThat(c.get("id").toJson())
                .isEqualTo(Integer.toString(added.id())));
        assertThat(Environments.checks(project, other.id())).isEmpty();
    }

    @Test
    void environments_createUpdateDelete() {
        EnvironmentInstance e = Environments.create(project, "raw-env", "first");

        EnvironmentInstance renamed = Environments.update(project, e.id(), "raw-env-2", "second");
        Environments.delete(project, e.id());

        assertThat(renamed.name()).isEqualTo("raw-env-2");
        assertThat(renamed.createdBy().displayName()).isEqualTo("Ada Lovelace");
        assertThatThrownBy(() -> Environments.get(project, e.id())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void environments_duplicateName_isConflict() {
        assertThatThrownBy(() -> Environments.create(project, "Production", null))
                .isInstanceOf(AdoConflictException.class);
    }

    @Test
    void environments_blankName_isRejectedNamingName() {
        assertThatThrownBy(() -> Environments.create(project, " ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void secureFiles_uploadListDelete() {
        SecureFile f = SecureFiles.upload(project, "raw.keystore", new byte[] {1, 2});

        assertThat(SecureFiles.list(project, "*.keystore")).extracting(SecureFile::id).containsExactly(f.id());
        assertThat(SecureFiles.get(project, f.id()).name()).isEqualTo("raw.keystore");
        SecureFiles.delete(project, f.id());
        assertThatThrownBy(() -> SecureFiles.get(project, f.id())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void secureFiles_seeded_isListed() {
        assertThat(SecureFiles.list(project, null)).extracting(SecureFile::name).contains("signing.pfx");
    }

    @Test
    void taskGroups_createUpdateDelete_keepUnknownMembers() {
        JsonObject task = JsonObject.builder().put("task", JsonObject.builder()
                .put("id", "c6c4c611-aa2e-4a33-b606-5eaba2196824").put("versionSpec", "1.*").build()).build();
        TaskGroup g = TaskGroups.create(project, new TaskGroupCreate("raw-tg", null, "Build", List.of(task), null));

        TaskGroup updated = TaskGroups.update(project, g.withNameAndDescription("raw-tg-2", "described"));

        assertThat(updated.revision()).isEqualTo(2);
        assertThat(updated.other().has("version")).isTrue();
        assertThat(TaskGroups.get(project, g.id()).name()).isEqualTo("raw-tg-2");
        assertThat(TaskGroups.list(project)).extracting(TaskGroup::id).contains(g.id());
        TaskGroups.delete(project, g.id());
        assertThatThrownBy(() -> TaskGroups.get(project, g.id())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void taskGroupCreate_noTasks_isRejectedNamingTasks() {
        assertThatThrownBy(() -> new TaskGroupCreate("x", null, null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tasks");
    }

    @Test
    void agentPools_listGetAgentsWithCapabilities() {
        TaskAgentPool pool = AgentPools.list(org, "Default").get(0);

        List<TaskAgent> agents = AgentPools.agents(org, pool.id(), true);
        TaskAgent bare = AgentPools.agent(org, pool.id(), agents.get(0).id(), false);

        assertThat(AgentPools.get(org, pool.id()).isHosted()).isFalse();
        assertThat(agents.get(0).systemCapabilities()).containsKey("java");
        assertThat(bare.systemCapabilities()).isEmpty();
        assertThatThrownBy(() -> AgentPools.get(org, 999)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void agentQueues_onePerPool() {
        List<TaskAgentQueue> queues = AgentQueues.list(project, null);

        assertThat(queues).extracting(TaskAgentQueue::name).containsExactly("Default", "Azure Pipelines");
        assertThat(AgentQueues.get(project, queues.get(0).id()).pool().string("name")).contains("Default");
        assertThat(AgentQueues.list(project, "Azure*")).hasSize(1);
    }

    @Test
    void secureFileGet_badId_isNotFound() {
        assertThatThrownBy(() -> SecureFiles.get(project, UUID.randomUUID())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void environmentUpdate_blankName_isRejectedBeforeSending() {
        assertThatThrownBy(() -> Environments.update(project, 1, "", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
