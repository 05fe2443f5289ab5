package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.error.AdoForbiddenException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.model.work.TeamSettingsIteration;
import ado.model.work.process.ProcessUpdate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Classification nodes, sprints and processes at the object layer: refusals that change nothing, and the object
 * graph's paths and identity (the documented examples of {@code docs/usage.md} run in {@code DocSnippetsTest}).
 */
class ClassificationNodeObjectTest {

    private AdoEmulator emulator;
    private AzureDevOpsService service;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        service = AzureDevOpsService.of(emulator.client());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void systemProcess_update_forbiddenAndUnchanged() {
        WorkProcess agile = service.organization().project("Fabrikam-Fiber-Git").process();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> agile.update(new ProcessUpdate("Mine", null, null,
                null))).isInstanceOf(AdoForbiddenException.class).hasMessageContaining("VS402356");
        assertThat(agile.refresh().name()).isEqualTo("Agile");
    }

    @Test
    void addIteration_deletedNode_notFoundAndSprintsUnchanged() {
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        ClassificationNode root = project.iterations();
        ClassificationNode gone = root.createChild("Temporary");
        gone.delete(root.child("Sprint 1").orElseThrow());
        Team team = project.team("Quality assurance");
        List<TeamSettingsIteration> before = team.iterations();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> team.addIteration(gone))
                .isInstanceOf(AdoNotFoundException.class);
        assertThat(team.iterations()).isEqualTo(before);
    }

    @Test
    void nodes_sameObjectGraph_pathsAndIdentity() {
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        ClassificationNode sprint1 = project.iteration("Sprint 1");

        assertThat(sprint1.path()).isEqualTo("Sprint 1");
        assertThat(sprint1.fieldPath()).isEqualTo("Fabrikam-Fiber-Git\\Sprint 1");
        assertThat(sprint1.project()).isSameAs(project);
        assertThat(project.areas().path()).isEmpty();
    }

    @Test
    void moveTo_otherTree_refusedLocally() {
        Project project = service.organization().project("Fabrikam-Fiber-Git");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> project.iteration("Sprint 1")
                .moveTo(project.areas())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newParent");
    }
}
