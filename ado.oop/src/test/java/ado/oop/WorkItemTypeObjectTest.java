package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonNumber;
import ado.core.json.JsonString;
import ado.emulator.AdoEmulator;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemStateColor;
import ado.model.wit.WorkItemTypeCategory;
import ado.model.wit.WorkItemTypeFieldInstance;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The project-level {@link WorkItemType} (pyado's {@code WorkItemType} and {@code ProjectBoards} type members)
 * against the emulator's Agile project: what each member reads, how many requests it takes, one object per type per
 * project (names ignoring case), lookups that never match a prefix, and a typed not-found for a type that is not
 * there.
 */
class WorkItemTypeObjectTest {

    private AdoEmulator emulator;
    private Project project;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        project = AzureDevOpsService.of(emulator.client()).organization().project("Fabrikam-Fiber-Git");
        project.id(); // the project's own load is not counted below
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private <T> T requests(long expected, Supplier<T> call) {
        return RequestCount.expect(emulator, expected, call);
    }

    @Test
    void workItemTypes_oneRequest_carryNameReferenceColourIconAndStates() {
        List<WorkItemType> types = requests(1, project::workItemTypes);

        assertThat(types).extracting(WorkItemType::name).contains("Bug", "Task", "User Story", "Epic");
        WorkItemType bug = types.stream().filter(t -> t.name().equals("Bug")).findFirst().orElseThrow();
        requests(0, () -> {
            assertThat(bug.referenceName()).isEqualTo("Microsoft.VSTS.WorkItemTypes.Bug");
            assertThat(bug.color()).contains("CC293D");
            assertThat(bug.icon()).contains("icon_insect");
            assertThat(bug.disabled()).isFalse();
            assertThat(bug.description()).isPresent();
            assertThat(bug.project()).isSameAs(project);
            assertThat(bug.organization()).isSameAs(project.organization());
            return bug.states();
        });
        assertThat(bug.states()).extracting(WorkItemStateColor::name, WorkItemStateColor::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("New", "Proposed"),
                        org.assertj.core.groups.Tuple.tuple("Active", "InProgress"),
                        org.assertj.core.groups.Tuple.tuple("Resolved", "Resolved"),
                        org.assertj.core.groups.Tuple.tuple("Closed", "Completed"));
        assertThat(bug.states()).allSatisfy(s -> assertThat(s.color()).matches("[0-9A-Fa-f]{6}"));
    }

    @Test
    void workItemType_exactIgnoringCase_isTheListsObjectInOneRequest() {
        List<WorkItemType> types = project.workItemTypes();

        WorkItemType story = requests(1, () -> project.workItemType("user STORY")).orElseThrow();

        assertThat(story.name()).isEqualTo("User Story");
        assertThat(story).isSameAs(types.stream().filter(t -> t.name().equals("User Story")).findFirst()
                .orElseThrow());
        assertThat(requests(1, () -> project.workItemType("User"))).as("a prefix is not a match").isEmpty();
        assertThat(requests(1, () -> project.workItemType("No such type"))).isEmpty();
    }

    @Test
    void workItemType_nullOrBlank_refusedBeforeSending() {
        long before = emulator.requests().total();

        assertThatThrownBy(() -> project.workItemType(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> project.workItemType(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThat(emulator.requests().total()).isEqualTo(before);
    }

    @Test
    void fields_oneRequest_requiredDefaultAndAllowedValues() {
        WorkItemType bug = project.workItemType("Bug").orElseThrow();

        List<WorkItemTypeFieldInstance> fields = requests(1, bug::fields);

        WorkItemTypeFieldInstance title = fields.stream().filter(f -> f.referenceName().equals("System.Title"))
                .findFirst().orElseThrow();
        assertThat(title.name()).isEqualTo("Title");
        assertThat(title.alwaysRequired()).isTrue();
        WorkItemTypeFieldInstance severity = bug.field("microsoft.vsts.common.severity").orElseThrow();
        assertThat(severity.allowedValues()).containsExactly("1 - Critical", "2 - High", "3 - Medium", "4 - Low");
        assertThat(severity.defaultValue()).isEqualTo(new JsonString("3 - Medium"));
        assertThat(severity.alwaysRequired()).isFalse();
        assertThat(bug.field("Microsoft.VSTS.Common.Priority").orElseThrow().defaultValue())
                .isEqualTo(JsonNumber.of(2));
        assertThat(bug.field("Microsoft.VSTS.Common.Sev")).as("a prefix is not a match").isEmpty();
        assertThat(project.workItemType("Task").orElseThrow().field("Microsoft.VSTS.Common.Severity")).isEmpty();
    }

    @Test
    void categories_theTypesOwnAndTheProjects() {
        WorkItemType bug = project.workItemType("Bug").orElseThrow();

        List<WorkItemTypeCategory> own = requests(1, bug::categories);
        List<WorkItemTypeCategory> all = requests(1, project::workItemTypeCategories);

        assertThat(own).extracting(WorkItemTypeCategory::referenceName).containsExactly("Microsoft.BugCategory");
        assertThat(all).extracting(WorkItemTypeCategory::referenceName).contains("Microsoft.BugCategory",
                "Microsoft.RequirementCategory", "Microsoft.TaskCategory");
        assertThat(all).filteredOn(c -> c.referenceName().equals("Microsoft.RequirementCategory")).singleElement()
                .satisfies(c -> assertThat(c.workItemTypes()).extracting(t -> t.name()).contains("User Story"));
    }

    @Test
    void workItem_workItemType_theProjectsObjectWithoutARequest() {
        WorkItem task = project.createWorkItem("Task", Map.of(WorkItemFieldName.TITLE, "Typed"));
        WorkItemType type = project.workItemType("Task").orElseThrow();

        WorkItemType reached = requests(0, task::workItemType);

        assertThat(reached).isSameAs(type);
        assertThat(reached.referenceName()).isEqualTo("Microsoft.VSTS.WorkItemTypes.Task");
    }

    @Test
    void lazyType_loadsOnFirstUse_andRefreshLoadsAgain() {
        WorkItemType epic = requests(0, () -> WorkItemType.of(project, "epic"));
        assertThat(epic.name()).as("as reached, before loading").isEqualTo("epic");
        assertThat(epic.toString()).contains("epic").doesNotContain("Microsoft");

        assertThat(requests(1, epic::referenceName)).isEqualTo("Microsoft.VSTS.WorkItemTypes.Epic");
        assertThat(epic.name()).isEqualTo("Epic");
        assertThat(requests(1, epic::refresh)).isSameAs(epic);
        assertThat(epic.toString()).contains("\"Epic\"", "Microsoft.VSTS.WorkItemTypes.Epic", "Fabrikam-Fiber-Git");
    }

    @Test
    void missingType_info_typedNotFoundNamingIt() {
        WorkItemType missing = WorkItemType.of(project, "Incident");

        assertThatThrownBy(missing::info).isInstanceOf(AdoNotFoundException.class).hasMessageContaining("Incident");
        assertThatThrownBy(missing::states).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void identity_oneObjectPerTypePerProject() {
        WorkItemType bug = project.workItemType("Bug").orElseThrow();

        assertThat(WorkItemType.of(project, "BUG")).isSameAs(bug);
        assertThat(project.workItemTypes()).contains(bug);
        Project other = AzureDevOpsService.of(emulator.client()).organization().project("Fabrikam-Fiber-Git");
        assertThat(other.workItemType("Bug").orElseThrow()).as("another service has objects of its own")
                .isNotSameAs(bug);
    }
}
