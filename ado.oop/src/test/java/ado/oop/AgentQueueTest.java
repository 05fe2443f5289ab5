package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.build.BuildDefinition;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Agent queues and agents as objects (navigation to project, organisation and pool), and pipeline definitions. */
@ExtendWith(AdoEmulatorExtension.class)
class AgentQueueTest {

    private static AdoEmulator emulator;
    private static AdoClient client;

    @BeforeAll
    static void start(AdoEmulator started, AdoClient startedClient) {
        emulator = started;
        client = startedClient;
    }

    /** A project of a new service, so no object is cached by another test. */
    private static Project freshProject() {
        return AzureDevOpsService.of(client).organization().project("Fabrikam-Fiber-Git");
    }

    private static <T> T requests(long expected, java.util.function.Supplier<T> call) {
        return RequestCount.expect(emulator, expected, call);
    }

    @Test
    void agentQueues_listByIdAndByName_areTheOneObjectHoldingTheRecord() {
        Project project = freshProject();
        List<AgentQueue> queues = requests(1, () -> project.pipelineResources().agentQueues());
        AgentQueue first = queues.get(0);

        assertThat(queues).hasSize(2);
        assertThat(requests(0, first::name)).isNotBlank();
        assertThat(project.pipelineResources().agentQueue(first.id())).isSameAs(first);
        assertThat(requests(1, () -> project.pipelineResources()
                .agentQueueNamed(first.name().toUpperCase(Locale.ROOT)))).containsSame(first);
        assertThat(first.project()).isSameAs(project);
        assertThat(first.organization()).isSameAs(project.organization());
    }

    @Test
    void agentQueue_pool_isThePoolItLinksTo() {
        Project project = freshProject();

        for (AgentQueue queue : project.pipelineResources().agentQueues()) {
            AgentPool pool = requests(0, queue::pool);
            assertThat(pool.id()).isEqualTo(queue.poolId());
            assertThat(pool.name()).isEqualTo(queue.name());
            assertThat(pool.organization()).isSameAs(project.organization());
            assertThat(project.organization().agentPools()).extracting(AgentPool::id).contains(pool.id());
        }
    }

    @Test
    void agentQueue_byId_loadsOnFirstUseAndRefreshReadsAgain() {
        int id = freshProject().pipelineResources().agentQueues().get(1).id();
        Project project = freshProject();

        AgentQueue lazy = requests(0, () -> project.pipelineResources().agentQueue(id));
        assertThat(lazy.toString()).isEqualTo("AgentQueue[#" + id + " in Fabrikam-Fiber-Git]");
        String name = requests(1, lazy::name);
        assertThat(requests(0, lazy::name)).isEqualTo(name);
        assertThat(requests(1, lazy::refresh)).isSameAs(lazy);
        assertThat(lazy.toString()).contains(name);
    }

    @Test
    void agentQueue_unknownId_failsOnUseNotOnLookup() {
        AgentQueue missing = requests(0, () -> freshProject().pipelineResources().agentQueue(9999));

        assertThatThrownBy(missing::name).isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(missing::pool).isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> freshProject().pipelineResources().agentQueue(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void pipelineDefinitions_lazy_areTheProjectsPipelines() {
        Project project = freshProject();

        Stream<BuildDefinition> lazy = requests(0, () -> project.pipelineResources().pipelineDefinitions());
        List<BuildDefinition> all = lazy.toList();

        assertThat(all).extracting(BuildDefinition::name).contains("Fabrikam-Fiber-Git CI");
        assertThat(all).extracting(BuildDefinition::id)
                .containsExactlyInAnyOrderElementsOf(project.pipelines().map(Pipeline::id).toList());
    }

    @Test
    void agents_listedAndById_navigateBackToTheirPool() {
        Organization org = freshProject().organization();
        AgentPool pool = org.agentPools().stream().filter(p -> !p.hosted()).findFirst().orElseThrow();

        Agent listed = requests(1, pool::agents).get(0);
        assertThat(requests(0, listed::name)).isEqualTo("fabrikam-agent-1");
        assertThat(listed.pool()).isSameAs(pool);
        assertThat(listed.organization()).isSameAs(org);
        assertThat(listed.enabled()).isTrue();

        Agent lazy = requests(0, () -> pool.agent(listed.id()));
        assertThat(lazy.toString()).isEqualTo("Agent[#" + listed.id() + " in pool #" + pool.id() + "]");
        assertThat(requests(1, lazy::systemCapabilities)).containsKey("docker");
        assertThat(requests(0, lazy::status)).contains("online");
        assertThat(requests(1, lazy::refresh)).isSameAs(lazy);
        assertThat(lazy.toString()).contains("fabrikam-agent-1");
    }

    @Test
    void agent_unknownOrBadId_failsOnUseOrAtOnce() {
        AgentPool pool = freshProject().organization().agentPools().get(0);

        Agent missing = requests(0, () -> pool.agent(9999));
        assertThatThrownBy(missing::name).isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> pool.agent(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agentId");
    }
}
