package ado.model.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.model.core.TeamMember;
import ado.model.core.Teams;
import ado.model.wit.ClassificationNodes;
import ado.model.wit.TreeStructureGroup;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamSettingsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private ApiCall project;
    private ApiCall team;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        project = emulator.client().api().project(PROJECT);
        team = project.team("Quality assurance");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private UUID iteration(String path) {
        return ClassificationNodes.get(project, TreeStructureGroup.ITERATIONS, path, 0).identifier();
    }

    @Test
    void get_defaults_currentIterationMacroAndWeekdays() {
        TeamSetting s = TeamSettings.get(team);

        assertThat(s.defaultIterationMacro()).isEqualTo("@currentIteration");
        assertThat(s.defaultIteration().name()).isEqualTo("Sprint 2");
        assertThat(s.bugsBehavior()).isEqualTo(BugsBehavior.AS_REQUIREMENTS);
        assertThat(s.workingDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(s.backlogIteration().path()).isEqualTo(PROJECT);
    }

    @Test
    void update_bugsDaysAndDefaultIteration_applied() {
        TeamSetting s = TeamSettings.update(team, TeamSettingsPatch.builder().bugsBehavior(BugsBehavior.AS_TASKS)
                .workingDays(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY))
                .defaultIteration(iteration("Sprint 3")).backlogVisibility("Microsoft.EpicCategory", true).build());

        assertThat(s.bugsBehavior()).isEqualTo(BugsBehavior.AS_TASKS);
        assertThat(s.workingDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(s.defaultIteration().name()).isEqualTo("Sprint 3");
        assertThat(s.defaultIterationMacro()).isNull();
        assertThat(s.backlogVisibilities()).containsEntry("Microsoft.EpicCategory", true);
    }

    @Test
    void update_unknownDefaultIteration_notFoundAndSettingsUnchanged() {
        TeamSetting before = TeamSettings.get(team);

        assertThatThrownBy(() -> TeamSettings.update(team, TeamSettingsPatch.builder()
                .bugsBehavior(BugsBehavior.OFF).defaultIteration(UUID.randomUUID()).build()))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("does not exist");
        assertThat(TeamSettings.get(team)).isEqualTo(before);
    }

    @Test
    void iterations_seeded_threeSprintsSecondCurrent() {
        List<TeamSettingsIteration> sprints = TeamIterations.list(team);

        assertThat(sprints).extracting(TeamSettingsIteration::name).containsExactly("Sprint 1", "Sprint 2",
                "Sprint 3");
        assertThat(sprints).extracting(i -> i.attributes().timeFrame()).containsExactly(TimeFrame.PAST,
                TimeFrame.CURRENT, TimeFrame.FUTURE);
        assertThat(TeamIterations.current(team)).map(TeamSettingsIteration::name).contains("Sprint 2");
    }

    @Test
    void remove_thenAdd_sprintComesBack() {
        UUID sprint1 = iteration("Sprint 1");

        TeamIterations.remove(team, sprint1);
        assertThat(TeamIterations.list(team)).extracting(TeamSettingsIteration::name).doesNotContain("Sprint 1");
        TeamSettingsIteration added = TeamIterations.add(team, sprint1);

        assertThat(added.path()).isEqualTo(PROJECT + "\\Sprint 1");
        assertThat(TeamIterations.get(team, sprint1).name()).isEqualTo("Sprint 1");
    }

    @Test
    void add_nonExistentIteration_notFoundAndSprintsUnchanged() {
        List<TeamSettingsIteration> before = TeamIterations.list(team);

        assertThatThrownBy(() -> TeamIterations.add(team, UUID.randomUUID()))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("does not exist");
        assertThat(TeamIterations.list(team)).isEqualTo(before);
    }

    @Test
    void remove_iterationNotOfTeam_notFound() {
        assertThatThrownBy(() -> TeamIterations.remove(team, UUID.randomUUID()))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void daysOff_replaced_readBack() {
        UUID sprint2 = iteration("Sprint 2");
        var range = new DateRange(Instant.parse("2030-05-01T00:00:00Z"), Instant.parse("2030-05-02T00:00:00Z"));

        TeamIterations.updateDaysOff(team, sprint2, List.of(range));

        assertThat(TeamIterations.daysOff(team, sprint2).daysOff()).containsExactly(range);
    }

    @Test
    void capacity_setForMember_totalsAndMember() {
        UUID sprint2 = iteration("Sprint 2");
        List<TeamMember> members = Teams.members(emulator.client().api(), PROJECT, "Quality assurance");
        UUID grace = members.stream().filter(m -> m.identity().displayName().equals("Grace Hopper")).findFirst()
                .orElseThrow().identity().id();

        TeamMemberCapacity c = TeamIterations.updateCapacity(team, sprint2, grace,
                List.of(new Activity(6.0, "Development")), List.of());
        TeamCapacity all = TeamIterations.capacities(team, sprint2);

        assertThat(c.activities()).containsExactly(new Activity(6.0, "Development"));
        assertThat(all.teamMembers()).hasSize(3);
        assertThat(all.totalCapacityPerDay()).isEqualTo(6.0);
    }

    @Test
    void capacity_forNonMember_refused() {
        UUID sprint2 = iteration("Sprint 2");

        assertThatThrownBy(() -> TeamIterations.updateCapacity(team, sprint2, UUID.randomUUID(),
                List.of(new Activity(1.0, "")), List.of())).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("not a member");
    }

    @Test
    void fieldValues_replacedWithExistingAreas() {
        TeamFieldValues v = TeamSettings.updateFieldValues(team, PROJECT + "\\Web", List.of(
                new TeamFieldValue(PROJECT + "\\Web", true), new TeamFieldValue(PROJECT + "\\Backend", false)));

        assertThat(v.defaultValue()).isEqualTo(PROJECT + "\\Web");
        assertThat(TeamSettings.fieldValues(team).values()).extracting(TeamFieldValue::value)
                .containsExactly(PROJECT + "\\Web", PROJECT + "\\Backend");
    }

    @Test
    void fieldValues_missingArea_refusedAndUnchanged() {
        TeamFieldValues before = TeamSettings.fieldValues(team);

        assertThatThrownBy(() -> TeamSettings.updateFieldValues(team, PROJECT + "\\Nope", List.of(
                new TeamFieldValue(PROJECT + "\\Nope", false)))).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("does not exist");
        assertThat(TeamSettings.fieldValues(team)).isEqualTo(before);
    }

    @Test
    void bugsAsTasks_storiesBoardDropsBugMappings_andBackAgain() {
        assertThat(Boards.get(team, "Stories").columns().get(0).stateMappings()).containsKey("Bug");

        TeamSettings.update(team, TeamSettingsPatch.builder().bugsBehavior(BugsBehavior.AS_TASKS).build());
        assertThat(Boards.get(team, "Stories").columns().get(0).stateMappings()).doesNotContainKey("Bug");
        TeamSettings.update(team, TeamSettingsPatch.builder().bugsBehavior(BugsBehavior.AS_REQUIREMENTS).build());

        assertThat(Boards.get(team, "Stories").columns()).extracting(c -> c.stateMappings().get("Bug"))
                .containsExactly("New", "Active", "Resolved", "Closed");
    }

    @Test
    void nodeRenamed_teamSprintShowsNewName() {
        ClassificationNodes.update(project, TreeStructureGroup.ITERATIONS, "Sprint 1", "Kick-off", null);

        assertThat(TeamIterations.list(team)).extracting(TeamSettingsIteration::name).startsWith("Kick-off");
    }

    @Test
    void nodeDeleted_teamAreaReclassified() {
        TeamSettings.updateFieldValues(team, PROJECT + "\\Web", List.of(new TeamFieldValue(PROJECT + "\\Web", true)));
        int backend = ClassificationNodes.get(project, TreeStructureGroup.AREAS, "Backend", 0).id();

        ClassificationNodes.delete(project, TreeStructureGroup.AREAS, "Web", backend);

        assertThat(TeamSettings.fieldValues(team).defaultValue()).isEqualTo(PROJECT + "\\Backend");
    }
}
