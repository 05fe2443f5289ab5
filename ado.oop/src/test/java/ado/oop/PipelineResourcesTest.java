package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.distributedtask.TaskGroupCreate;
import ado.model.pipelines.PipelinePermissionResource;
import ado.model.serviceendpoint.EndpointAuthorization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Environments, agent pools, secure files, task groups, service endpoints and pipeline permissions as objects. */
@ExtendWith(AdoEmulatorExtension.class)
class PipelineResourcesTest {

    private static AdoEmulator emulator;
    private static Organization org;
    private static Project project;
    private static PipelineResources library;

    @BeforeAll
    static void start(AdoEmulator started, AdoClient client) {
        emulator = started;
        org = AzureDevOpsService.of(client).organization();
        project = org.project("Fabrikam-Fiber-Git");
        library = project.pipelineResources();
    }

    @Test
    void environments_seededProductionHasDeployments() {
        Environment production = library.environments().filter(e -> e.name().equals("production")).findFirst()
                .orElseThrow();

        assertThat(production.deployments().map(d -> d.owner().string("name").orElseThrow()))
                .containsExactly("20240102.1", "20240101.1");
        assertThat(production.project()).isSameAs(project);
    }

    @Test
    void environment_recordedDeployment_showsFirst() {
        Environment e = library.createEnvironment("canary", "Canary");

        emulator.library().recordDeployment("Fabrikam-Fiber-Git", e.id(), 3, "web", 30, "20240301.1", "succeeded");

        assertThat(e.deployments().findFirst().orElseThrow().result()).isEqualTo("succeeded");
    }

    @Test
    void environment_updateThenDelete() {
        Environment e = library.createEnvironment("temporary", null);

        assertThat(e.update("temporary-2", "renamed").name()).isEqualTo("temporary-2");
        e.delete();
        assertThat(library.environment(e.id())).isSameAs(e);   // one object per environment: refresh asks again
        assertThatThrownBy(() -> library.environment(e.id()).refresh()).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void agentPools_haveAgentsWithCapabilities() {
        AgentPool pool = org.agentPools().stream().filter(p -> !p.hosted()).findFirst().orElseThrow();

        assertThat(pool.name()).isEqualTo("Default");
        assertThat(pool.agents()).singleElement().satisfies(a -> {
            assertThat(a.status()).contains("online");
            assertThat(a.userCapabilities()).containsEntry("team", "fiber");
        });
        assertThat(org.agentPool(pool.id()).agent(pool.agents().get(0).id()).systemCapabilities())
                .containsKey("docker");
    }

    @Test
    void agentQueues_onePerPool() {
        assertThat(library.agentQueues()).hasSize(2);
    }

    @Test
    void secureFiles_uploadThenDelete(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("id_rsa"), new byte[] {1, 2, 3});

        SecureFile f = library.uploadSecureFile("deploy-key", file);

        assertThat(library.secureFiles()).extracting(SecureFile::name).contains("deploy-key", "signing.pfx");
        f.delete();
        assertThat(library.secureFiles()).extracting(SecureFile::name).doesNotContain("deploy-key");
    }

    @Test
    void taskGroups_createUpdateDelete() {
        JsonObject task = JsonObject.builder().put("task", JsonObject.builder()
                .put("id", "e213ff0f-5d5c-4791-802d-52ea3e7be1f1").put("versionSpec", "2.*").build()).build();
        TaskGroup g = library.createTaskGroup(new TaskGroupCreate("deploy-web", null, "Deploy", List.of(task), null));

        TaskGroup updated = library.taskGroup(g.id()).update("deploy-web-2", "now with a description");

        assertThat(updated.info().description()).isEqualTo("now with a description");
        assertThat(updated.info().tasks()).hasSize(1);
        assertThat(library.taskGroups()).extracting(TaskGroup::name).contains("deploy-web-2");
        g.delete();
        assertThat(library.taskGroups()).extracting(TaskGroup::id).doesNotContain(g.id());
    }

    @Test
    void serviceEndpoints_createShareDelete() {
        Project contoso = org.project("Contoso-Web");
        ServiceEndpoint e = library.createServiceEndpoint("artifacts", "generic", "https://artifacts.example",
                EndpointAuthorization.of("UsernamePassword", Map.of("username", "ci", "password", "pw")));

        e.shareWith(contoso);
        e.delete();

        assertThat(contoso.pipelineResources().serviceEndpoint(e.id()).type()).isEqualTo("generic");
        assertThat(contoso.pipelineResources().serviceEndpoints()).singleElement().satisfies(s ->
                assertThat(s.info().authorization().parameters()).containsEntry("password", null));
        assertThat(library.serviceEndpoints()).extracting(ServiceEndpoint::id).doesNotContain(e.id());
    }

    @Test
    void authorizePipeline_onQueue_isListed() {
        var queue = PipelinePermissionResource.of("queue", Integer.toString(library.agentQueues().get(0).id()));

        library.authorizePipeline(queue, 12, true);

        assertThat(library.pipelinePermissions(queue).authorizes(12)).isTrue();
    }
}
