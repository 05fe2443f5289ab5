package ado.model.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class WorkItemTypesTest {

    private ApiCall project;

    @BeforeEach
    void scope(AdoEmulator emulator) {
        project = emulator.client().api().project("Fabrikam-Fiber-Git");
    }

    @Test
    void list_agileProject_agileTypes() {
        assertThat(WorkItemTypes.list(project)).extracting(WorkItemType::name)
                .containsExactly("Epic", "Feature", "User Story", "Task", "Bug", "Issue");
    }

    @Test
    void get_userStory_statesTransitionsAndRequiredTitle() {
        WorkItemType story = WorkItemTypes.get(project, "User Story");

        assertThat(story.states()).extracting(WorkItemStateColor::name, WorkItemStateColor::category).containsExactly(
                org.assertj.core.api.Assertions.tuple("New", "Proposed"),
                org.assertj.core.api.Assertions.tuple("Active", "InProgress"),
                org.assertj.core.api.Assertions.tuple("Resolved", "Resolved"),
                org.assertj.core.api.Assertions.tuple("Closed", "Completed"),
                org.assertj.core.api.Assertions.tuple("Removed", "Removed"));
        assertThat(story.transitions().get("")).extracting(WorkItemStateTransition::to).containsExactly("New");
        assertThat(story.transitions().get("Removed")).extracting(WorkItemStateTransition::to)
                .containsExactly("New");
        assertThat(story.fields()).filteredOn(f -> f.referenceName().equals("System.Title"))
                .singleElement().satisfies(f -> assertThat(f.alwaysRequired()).isTrue());
    }

    @Test
    void states_task_inOrder() {
        assertThat(WorkItemTypes.states(project, "Task")).extracting(WorkItemStateColor::name)
                .containsExactly("New", "Active", "Closed", "Removed");
    }

    @Test
    void fields_bug_listsEveryFieldWithAllowedValues() {
        List<WorkItemTypeFieldInstance> fields = WorkItemTypes.fields(project, "Bug");

        assertThat(fields).extracting(WorkItemTypeFieldInstance::referenceName)
                .contains("System.Title", "System.State", "Microsoft.VSTS.Common.Priority");
        assertThat(fields).filteredOn(f -> f.referenceName().equals("Microsoft.VSTS.Common.Priority"))
                .singleElement().satisfies(f -> assertThat(f.allowedValues()).containsExactly("1", "2", "3", "4"));
    }

    @Test
    void field_priority_allowedValuesAndDefault() {
        WorkItemTypeFieldInstance priority = WorkItemTypes.field(project, "Bug", "Microsoft.VSTS.Common.Priority");

        assertThat(priority.allowedValues()).containsExactly("1", "2", "3", "4");
        assertThat(priority.defaultValue().toJson()).isEqualTo("2");
    }

    @Test
    void categories_requirementCategory_holdsUserStory() {
        WorkItemTypeCategory requirements = WorkItemTypes.category(project, "Microsoft.RequirementCategory");

        assertThat(requirements.defaultWorkItemType().name()).isEqualTo("User Story");
        assertThat(WorkItemTypes.categories(project)).extracting(WorkItemTypeCategory::referenceName)
                .contains("Microsoft.BugCategory", "Microsoft.TaskCategory");
    }

    @Test
    void get_unknownType_notFound() {
        assertThatThrownBy(() -> WorkItemTypes.get(project, "Saga")).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("TF51535");
    }

    @Test
    void fields_titleByDisplayName_isStringType() {
        WorkItemField title = WorkItemFields.get(project, "Title");

        assertThat(title.referenceName()).isEqualTo("System.Title");
        assertThat(title.type()).isEqualTo(FieldType.STRING);
        assertThat(WorkItemFields.list(project)).extracting(WorkItemField::type).contains(FieldType.TREE_PATH,
                FieldType.IDENTITY, FieldType.HTML, FieldType.DOUBLE, FieldType.DATE_TIME, FieldType.BOOLEAN);
    }

    @Test
    void fields_createBoolean_readBack(AdoEmulator emulator) {
        WorkItemField approved = WorkItemFields.create(emulator.client().api(), "Approved", "Custom.Approved",
                FieldType.BOOLEAN, "Signed off");

        assertThat(approved.type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(WorkItemFields.get(project, "Custom.Approved").name()).isEqualTo("Approved");
    }

    @Test
    void fields_createPicklistType_sentInCamelCase(AdoEmulator emulator) {
        WorkItemField f = WorkItemFields.create(emulator.client().api(), "Size", "Custom.Size",
                FieldType.PICKLIST_STRING, null);

        assertThat(f.type()).isEqualTo(FieldType.PICKLIST_STRING);
    }

    @Test
    void fields_createHistoryType_refusedLocally(AdoEmulator emulator) {
        assertThatThrownBy(() -> WorkItemFields.create(emulator.client().api(), "H", "Custom.H", FieldType.HISTORY,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
    }

    @Test
    void templates_createGetReplaceDelete_roundTrip() {
        ApiCall team = project.team("Quality assurance");
        WorkItemTemplate created = WorkItemTemplates.create(team, WorkItemTemplate.of("Bug triage", "For triage",
                "Bug", Map.of("System.Title", "Triage: ", "Microsoft.VSTS.Common.Priority", "1")));

        WorkItemTemplate replaced = WorkItemTemplates.replace(team, created.id(), WorkItemTemplate.of("Bug triage",
                "Changed", "Bug", Map.of("System.Title", "Triage v2")));

        assertThat(WorkItemTemplates.get(team, created.id()).fields()).containsExactly(
                Map.entry("System.Title", "Triage v2"));
        assertThat(replaced.description()).isEqualTo("Changed");
        assertThat(WorkItemTemplates.list(team, "Bug")).extracting(WorkItemTemplate::name).contains("Bug triage");
        WorkItemTemplates.delete(team, created.id());
        assertThatThrownBy(() -> WorkItemTemplates.get(team, created.id())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void templates_unknownField_refusedAndNothingStored() {
        ApiCall team = project.team("Quality assurance");

        assertThatThrownBy(() -> WorkItemTemplates.create(team, WorkItemTemplate.of("Bad", null, "Bug",
                Map.of("Custom.Nope", "x")))).isInstanceOf(AdoNotFoundException.class);
        assertThat(WorkItemTemplates.list(team, null)).extracting(WorkItemTemplate::name).doesNotContain("Bad");
    }
}
