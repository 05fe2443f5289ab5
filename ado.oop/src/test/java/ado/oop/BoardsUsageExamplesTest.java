package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.error.AdoForbiddenException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.model.work.BugsBehavior;
import ado.model.work.TeamFieldValue;
import ado.model.work.TeamSetting;
import ado.model.work.TeamSettingsIteration;
import ado.model.work.TeamSettingsPatch;
import ado.model.work.process.ProcessUpdate;
import ado.model.work.process.ProcessWorkItemTypeState;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of the "Teams, sprints and classification nodes" section of {@code docs/usage.md}, compiled and run
 * against the emulator; {@link #usageDoc_javaBlocks_appearInThisFile} checks that every Java block of that section
 * is copied from between the {@code // doc:} markers here.
 */
class BoardsUsageExamplesTest {

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
    void treeExample_runs_releaseWithSprintOnTeam() {
        // doc: tree
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        ClassificationNode iterations = project.iterations();          // the whole tree, one request
        iterations.children().forEach(s -> System.out.println(s.fieldPath() + " " + s.startDate().orElse(null)));

        ClassificationNode release = iterations.createChild("Release 1");
        ClassificationNode sprint = release.createChild("Sprint 4",
                Instant.parse("2030-01-06T00:00:00Z"), Instant.parse("2030-01-17T00:00:00Z"));
        ClassificationNode web = project.areas().child("Web").orElseThrow();
        web.createChild("Frontend");
        web.rename("Website");

        Team team = project.team("Quality assurance");
        team.addIteration(sprint);                                     // must be an existing iteration node
        team.currentIteration().ifPresent(s -> System.out.println("now: " + s.name()));
        team.setAreaPaths("Fabrikam-Fiber-Git\\Website", List.of(
                new TeamFieldValue("Fabrikam-Fiber-Git\\Website", true)));
        // end

        assertThat(team.iterations()).extracting(TeamSettingsIteration::path)
                .contains("Fabrikam-Fiber-Git\\Release 1\\Sprint 4");
        assertThat(team.currentIteration()).map(TeamSettingsIteration::name).contains("Sprint 2");
        assertThat(project.areas().child("Website").orElseThrow().children()).extracting(ClassificationNode::name)
                .containsExactly("Frontend");
    }

    @Test
    void moveDeleteExample_runs_nodeGoneSprintKept() {
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        // doc: move
        ClassificationNode root = project.iterations();
        ClassificationNode sprint3 = root.child("Sprint 3").orElseThrow();
        ClassificationNode later = root.createChild("Later");
        sprint3.moveTo(later);                                         // now Fabrikam-Fiber-Git\Later\Sprint 3
        later.delete(root.child("Sprint 2").orElseThrow());            // work items and sprints move to Sprint 2
        // end

        assertThat(project.iterations().children()).extracting(ClassificationNode::name)
                .containsExactly("Sprint 1", "Sprint 2");
        assertThat(project.team("Quality assurance").iterations()).extracting(TeamSettingsIteration::name)
                .containsExactly("Sprint 1", "Sprint 2");
    }

    @Test
    void settingsExample_runs_bugsAsTasks() {
        Team team = service.organization().project("Fabrikam-Fiber-Git").team("Quality assurance");
        // doc: settings
        TeamSetting settings = team.updateSettings(TeamSettingsPatch.builder()
                .bugsBehavior(BugsBehavior.AS_TASKS)
                .defaultIterationMacro("@CurrentIteration")
                .build());
        team.boards().forEach(b -> System.out.println(b.name() + ": "
                + team.board(b.name()).columns().size() + " columns"));
        // end

        assertThat(settings.bugsBehavior()).isEqualTo(BugsBehavior.AS_TASKS);
        assertThat(team.board("Stories").columns().get(0).stateMappings()).doesNotContainKey("Bug");
    }

    @Test
    void processExample_runs_inheritedProcessWithState() {
        Organization org = service.organization();
        // doc: process
        WorkProcess agile = org.project("Fabrikam-Fiber-Git").process();   // Agile: a system process, read-only
        WorkProcess ours = org.createProcess("Fabrikam Agile", agile, "Agile with a Ready state");
        ProcessType story = ours.workItemType("Microsoft.VSTS.WorkItemTypes.UserStory");
        story.addState("Ready", "Proposed", "5688E0");
        story.addField("Microsoft.VSTS.Common.Severity", true);
        // end

        assertThat(agile.name()).isEqualTo("Agile");
        assertThat(story.states()).extracting(ProcessWorkItemTypeState::name).contains("Ready");
        assertThat(org.processes()).contains(ours, agile);
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

    @Test
    void usageDoc_javaBlocks_appearInThisFile() throws IOException {
        UsageDoc.assertBlocksIn("## Teams, sprints and classification nodes", BoardsUsageExamplesTest.class, 4);
    }
}
