package ado.emulator.internal.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonObject;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.User;
import ado.emulator.internal.wit.WorkItemRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessRulesTest {

    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2030-03-06T15:00:00Z"), ZoneOffset.UTC);

    private WorkStore work;
    private WorkItemRules rules;
    private Project project;

    @BeforeEach
    void setUp() {
        var org = new OrgStore("fabrikam", new User(UUID.randomUUID(), "Ada", "ada@example.com"));
        project = org.createProject("Fiber", "", Instant.parse("2030-01-01T00:00:00Z"));
        work = new WorkStore(org, WEDNESDAY);
        work.seedAreas("Fiber");
        rules = new ProcessRules(work);
    }

    @Test
    void type_userStoryAnyCase_agileRules() {
        WorkItemRules.TypeRules story = rules.type("fiber", "user story").orElseThrow();

        assertThat(story.referenceName()).isEqualTo("Microsoft.VSTS.WorkItemTypes.UserStory");
        assertThat(story.initialState()).isEqualTo("New");
        assertThat(story.states()).containsExactly("New", "Active", "Resolved", "Closed", "Removed");
        assertThat(story.requiredFields()).containsExactly("System.Title");
    }

    @Test
    void type_transitions_removedOnlyBackToNewAndClosedNeverRemoved() {
        WorkItemRules.TypeRules story = rules.type("Fiber", "User Story").orElseThrow();

        assertThat(story.transitions().get("Removed")).containsExactly("New");
        assertThat(story.transitions().get("Closed")).containsExactlyInAnyOrder("New", "Active", "Resolved");
        assertThat(story.transitions().get("New")).contains("Removed", "Closed");
    }

    @Test
    void type_unknownTypeOrProject_empty() {
        assertThat(rules.type("Fiber", "Saga")).isEmpty();
        assertThat(rules.type("Nope", "Bug")).isEmpty();
    }

    @Test
    void field_byDisplayOrReferenceName_typed() {
        assertThat(rules.field("title")).hasValueSatisfying(f -> {
            assertThat(f.referenceName()).isEqualTo("System.Title");
            assertThat(f.type()).isEqualTo("string");
            assertThat(f.readOnly()).isFalse();
        });
        assertThat(rules.field("System.CreatedDate")).hasValueSatisfying(f -> assertThat(f.readOnly()).isTrue());
        assertThat(rules.field("System.AssignedTo").orElseThrow().type()).isEqualTo("identity");
        assertThat(rules.field("Custom.Missing")).isEmpty();
    }

    @Test
    void pathExists_seededAreasAndSprints() {
        assertThat(rules.pathExists("Fiber", "area", "Fiber\\Web")).isTrue();
        assertThat(rules.pathExists("Fiber", "area", "Fiber")).isTrue();
        assertThat(rules.pathExists("Fiber", "iteration", "Fiber\\Sprint 3")).isTrue();
        assertThat(rules.pathExists("Fiber", "iteration", "Fiber\\Web")).isFalse();
        assertThat(rules.pathExists("Fiber", "area", "Other\\Web")).isFalse();
        assertThat(rules.pathExists("Nope", "area", "Nope")).isFalse();
    }

    @Test
    void pathExists_afterRename_oldPathGone() {
        work.locked(() -> work.nodes().update(project, "area", "Web", "Site", false, null, null));

        assertThat(rules.pathExists("Fiber", "area", "Fiber\\Web")).isFalse();
        assertThat(rules.pathExists("Fiber", "area", "Fiber\\Site")).isTrue();
    }

    @Test
    void pathExists_badKind_throws() {
        assertThatThrownBy(() -> rules.pathExists("Fiber", "sprint", "Fiber")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("kind");
    }

    @Test
    void inheritedProcess_customStateRuleAndHiddenState_showInRules() {
        ProcessStore ps = work.processes();
        String ref = "Microsoft.VSTS.WorkItemTypes.UserStory";
        Process mine = ps.create("Mine", SystemProcesses.AGILE, null, null);
        ps.assign(project, mine.id());
        ps.createState(mine.id(), ref, "Ready", null, "Proposed", null);
        ps.createRule(mine.id(), ref, "Points required", List.of(), List.of(JsonObject.builder()
                .put("actionType", "makeRequired").put("targetField", "Microsoft.VSTS.Scheduling.StoryPoints")
                .build()), false);
        UUID resolved = ps.type(mine, ref).state("Resolved").orElseThrow().id();
        ps.updateState(mine.id(), ref, resolved, null, null, null, true);

        WorkItemRules.TypeRules story = rules.type("Fiber", "User Story").orElseThrow();

        assertThat(story.states()).containsExactly("New", "Active", "Closed", "Removed", "Ready");
        assertThat(story.transitions().get("Ready")).contains("Active");
        assertThat(story.requiredFields()).contains("System.Title", "Microsoft.VSTS.Scheduling.StoryPoints");
    }

    @Test
    void disabledType_absentFromRules() {
        ProcessStore ps = work.processes();
        Process mine = ps.create("Mine", SystemProcesses.AGILE, null, null);
        ps.assign(project, mine.id());

        ps.updateType(mine.id(), "Microsoft.VSTS.WorkItemTypes.Issue", null, null, null, true);

        assertThat(rules.type("Fiber", "Issue")).isEmpty();
        assertThat(rules.type("Fiber", "Bug")).isPresent();
    }

    @Test
    void systemProcess_createState_adoErrorAndUnchanged() {
        String ref = "Microsoft.VSTS.WorkItemTypes.Bug";

        assertThatThrownBy(() -> work.processes().createState(SystemProcesses.AGILE, ref, "Triage", null, null,
                null)).isInstanceOfSatisfying(AdoError.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).startsWith("VS402356");
                });
        assertThat(rules.type("Fiber", "Bug").orElseThrow().states()).doesNotContain("Triage");
    }

    @Test
    void seededSprints_byClock_secondIsCurrent() {
        List<String> frames = work.locked(() -> work.nodes().root(project, "iteration").children().stream()
                .map(work.nodes()::timeFrame).toList());

        assertThat(frames).containsExactly("past", "current", "future");
    }

    @Test
    void seededSprint2_startsOnTheMondayOfTheClocksWeek() {
        Node sprint2 = work.locked(() -> work.nodes().node(project, "iteration", "Sprint 2"));

        assertThat(sprint2.start()).isEqualTo(Instant.parse("2030-03-04T00:00:00Z"));
        assertThat(sprint2.finish()).isEqualTo(Instant.parse("2030-03-15T00:00:00Z"));
    }
}
