package ado.model.work.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoForbiddenException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessesTest {

    private static final String STORY = "Microsoft.VSTS.WorkItemTypes.UserStory";

    private AdoEmulator emulator;
    private ApiCall org;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        org = emulator.client().api();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private ProcessInfo inherited() {
        return Processes.create(org, new ProcessCreate("Fabrikam Agile", Processes.AGILE, "Ours", null));
    }

    @Test
    void list_systemProcesses_agileDefaultUsedByProjects() {
        List<ProcessInfo> all = Processes.list(org);

        assertThat(all).extracting(ProcessInfo::name).containsExactly("Agile", "Scrum", "Basic");
        ProcessInfo agile = Processes.get(org, Processes.AGILE);
        assertThat(agile.isDefault()).isTrue();
        assertThat(agile.customizationType()).isEqualTo(CustomizationType.SYSTEM);
        assertThat(agile.projects()).extracting(ProcessProject::name).contains("Fabrikam-Fiber-Git", "Contoso-Web");
    }

    @Test
    void systemProcess_update_forbiddenWithAdoVs402356AndUnchanged() {
        assertThatThrownBy(() -> Processes.update(org, Processes.SCRUM, new ProcessUpdate("Mine", null, null, null)))
                .isInstanceOfSatisfying(AdoForbiddenException.class, e -> assertThat(e.adoMessage())
                        .hasValueSatisfying(m -> assertThat(m).startsWith("VS402356")));
        assertThat(Processes.get(org, Processes.SCRUM).name()).isEqualTo("Scrum");
    }

    @Test
    void systemProcess_addState_forbidden() {
        assertThatThrownBy(() -> Processes.createState(org, Processes.AGILE, STORY,
                new ProcessStateRequest("Ready", "00FF00", "Proposed", null)))
                .isInstanceOf(AdoForbiddenException.class);
        assertThat(Processes.states(org, Processes.AGILE, STORY)).extracting(ProcessWorkItemTypeState::name)
                .doesNotContain("Ready");
    }

    @Test
    void create_inherited_copiesParentTypes() {
        ProcessInfo p = inherited();

        assertThat(p.customizationType()).isEqualTo(CustomizationType.INHERITED);
        assertThat(p.parentProcessTypeId()).isEqualTo(Processes.AGILE);
        assertThat(Processes.workItemTypes(org, p.typeId())).extracting(ProcessWorkItemType::name)
                .contains("User Story", "Bug");
    }

    @Test
    void inherited_stateAddedUpdatedDeleted() {
        ProcessInfo p = inherited();

        ProcessWorkItemTypeState ready = Processes.createState(org, p.typeId(), STORY,
                new ProcessStateRequest("Ready", "00FF00", "Proposed", null));
        ProcessWorkItemTypeState recoloured = Processes.updateState(org, p.typeId(), STORY, ready.id(),
                new ProcessStateRequest(null, "0000FF", null, null));

        assertThat(ready.customizationType()).isEqualTo(CustomizationType.CUSTOM);
        assertThat(recoloured.color()).isEqualTo("0000FF");
        Processes.deleteState(org, p.typeId(), STORY, ready.id());
        assertThat(Processes.states(org, p.typeId(), STORY)).extracting(ProcessWorkItemTypeState::name)
                .doesNotContain("Ready");
    }

    @Test
    void inherited_deleteInheritedState_refused() {
        ProcessInfo p = inherited();
        ProcessWorkItemTypeState active = Processes.states(org, p.typeId(), STORY).get(1);

        assertThatThrownBy(() -> Processes.deleteState(org, p.typeId(), STORY, active.id()))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("hide it");
    }

    @Test
    void inherited_customTypeWithFieldAndRule() {
        ProcessInfo p = inherited();

        ProcessWorkItemType risk = Processes.createWorkItemType(org, p.typeId(),
                ProcessWorkItemTypeRequest.create("Risk", "A project risk", "FF0000"));
        ProcessWorkItemTypeField severity = Processes.addField(org, p.typeId(), risk.referenceName(),
                new ProcessFieldRequest("Microsoft.VSTS.Common.Severity", null, true, null, null));
        ProcessRule rule = Processes.createRule(org, p.typeId(), risk.referenceName(), ProcessRule.of(
                "Severity when active", List.of(new RuleCondition("when", "System.State", "Active")),
                List.of(new RuleAction("makeRequired", "Microsoft.VSTS.Common.Severity", null))));

        assertThat(risk.customization()).isEqualTo(CustomizationType.CUSTOM);
        assertThat(severity.required()).isTrue();
        assertThat(Processes.rules(org, p.typeId(), risk.referenceName())).extracting(ProcessRule::id)
                .contains(rule.id());
        Processes.deleteRule(org, p.typeId(), risk.referenceName(), rule.id());
        Processes.removeField(org, p.typeId(), risk.referenceName(), "Microsoft.VSTS.Common.Severity");
        Processes.deleteWorkItemType(org, p.typeId(), risk.referenceName());
        assertThatThrownBy(() -> Processes.workItemType(org, p.typeId(), risk.referenceName()))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void inherited_behaviorCreatedAndDeleted() {
        ProcessInfo p = inherited();

        ProcessBehavior initiatives = Processes.createBehavior(org, p.typeId(),
                new ProcessBehaviorRequest("Initiatives", "00AA00", "Above epics", null, null));

        assertThat(Processes.behaviors(org, p.typeId()).get(0).name()).isEqualTo("Initiatives");
        Processes.deleteBehavior(org, p.typeId(), initiatives.referenceName());
        assertThat(Processes.behaviors(org, p.typeId())).extracting(ProcessBehavior::name)
                .doesNotContain("Initiatives");
    }

    @Test
    void inherited_updateThenDelete() {
        ProcessInfo p = inherited();

        ProcessInfo renamed = Processes.update(org, p.typeId(), new ProcessUpdate("Renamed", null, null, false));

        assertThat(renamed.name()).isEqualTo("Renamed");
        assertThat(renamed.isEnabled()).isFalse();
        Processes.delete(org, p.typeId());
        assertThatThrownBy(() -> Processes.get(org, p.typeId())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void create_duplicateName_conflict() {
        assertThatThrownBy(() -> Processes.create(org, new ProcessCreate("agile", Processes.AGILE, null, null)))
                .isInstanceOf(ado.core.error.AdoConflictException.class);
    }

    @Test
    void processCreate_blankName_throwsNamingField() {
        assertThatThrownBy(() -> new ProcessCreate(" ", Processes.AGILE, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void workItemTypes_expandStates_oneRequestInsteadOfOnePerType() {
        emulator.requests().clear();

        List<ProcessWorkItemType> types = Processes.workItemTypes(org, Processes.AGILE,
                ProcessWorkItemTypeExpand.STATES);

        assertThat(emulator.requests().total()).isEqualTo(1);
        assertThat(emulator.requests().all()).singleElement()
                .satisfies(r -> assertThat(r.query()).contains("$expand=states"));
        assertThat(types).hasSizeGreaterThan(3).allSatisfy(t -> assertThat(t.states()).isNotEmpty());
        ProcessWorkItemType story = types.stream().filter(t -> t.referenceName().equals(STORY)).findFirst()
                .orElseThrow();
        assertThat(story.states()).extracting(ProcessWorkItemTypeState::name)
                .containsExactlyElementsOf(Processes.states(org, Processes.AGILE, STORY).stream()
                        .map(ProcessWorkItemTypeState::name).toList());
        assertThat(Processes.workItemType(org, Processes.AGILE, STORY, ProcessWorkItemTypeExpand.STATES).states())
                .extracting(ProcessWorkItemTypeState::name).contains("New", "Active", "Closed");
        assertThat(Processes.workItemTypes(org, Processes.AGILE)).allSatisfy(t -> assertThat(t.states()).isEmpty());
    }

    @Test
    void ruleAndBehaviorUpdates_usePutAsTheSpecSays_andApply() {
        ProcessInfo p = inherited();
        ProcessWorkItemType risk = Processes.createWorkItemType(org, p.typeId(),
                ProcessWorkItemTypeRequest.create("Risk", "A project risk", "FF0000"));
        ProcessRule rule = Processes.createRule(org, p.typeId(), risk.referenceName(), ProcessRule.of(
                "Severity when active", List.of(new RuleCondition("when", "System.State", "Active")),
                List.of(new RuleAction("makeRequired", "System.Title", null))));
        ProcessBehavior initiatives = Processes.createBehavior(org, p.typeId(),
                new ProcessBehaviorRequest("Initiatives", "00AA00", "Above epics", null, null));

        ProcessRule renamed = Processes.updateRule(org, p.typeId(), risk.referenceName(), rule.id(),
                new ProcessRule(rule.id(), "Title when active", rule.conditions(), rule.actions(), true, null, null));
        ProcessBehavior recoloured = Processes.updateBehavior(org, p.typeId(), initiatives.referenceName(),
                new ProcessBehaviorRequest("Initiatives", "0000AA", "Above epics", null, null));

        assertThat(renamed.name()).isEqualTo("Title when active");
        assertThat(renamed.isDisabled()).isTrue();
        assertThat(recoloured.color()).isEqualToIgnoringCase("0000AA");
        assertThat(emulator.requests().count("PUT", "/rules/" + rule.id())).isEqualTo(1);
        assertThat(emulator.requests().count("PUT", "/behaviors/" + initiatives.referenceName())).isEqualTo(1);
        assertThat(emulator.requests().count("PATCH", "/rules/" + rule.id())).isZero();
    }

    @Test
    void inherited_updateTypeAndField_applyAndFieldsListThem() {
        ProcessInfo p = inherited();
        ProcessWorkItemType risk = Processes.createWorkItemType(org, p.typeId(),
                ProcessWorkItemTypeRequest.create("Risk", "A project risk", "FF0000"));
        String severity = "Microsoft.VSTS.Common.Severity";
        Processes.addField(org, p.typeId(), risk.referenceName(),
                new ProcessFieldRequest(severity, null, false, null, null));

        ProcessWorkItemType updated = Processes.updateWorkItemType(org, p.typeId(), risk.referenceName(),
                new ProcessWorkItemTypeRequest(null, "Risks to watch", "00FF00", null, null, null));
        ProcessWorkItemTypeField required = Processes.updateField(org, p.typeId(), risk.referenceName(), severity,
                new ProcessFieldRequest(null, null, true, null, null));

        assertThat(updated.description()).isEqualTo("Risks to watch");
        assertThat(Processes.workItemType(org, p.typeId(), risk.referenceName()).color())
                .isEqualToIgnoringCase("00FF00");
        assertThat(required.required()).isTrue();
        assertThat(Processes.fields(org, p.typeId(), risk.referenceName()))
                .filteredOn(f -> f.referenceName().equals(severity)).singleElement()
                .satisfies(f -> assertThat(f.required()).isTrue());
    }

    @Test
    void inherited_hideState_hiddenThenShownAgain() {
        ProcessInfo p = inherited();
        ProcessWorkItemType story = Processes.createWorkItemType(org, p.typeId(),
                new ProcessWorkItemTypeRequest(null, null, null, null, STORY, null));
        ProcessWorkItemTypeState resolved = Processes.states(org, p.typeId(), story.referenceName()).stream()
                .filter(s -> s.name().equals("Resolved")).findFirst().orElseThrow();

        ProcessWorkItemTypeState hidden = Processes.hideState(org, p.typeId(), story.referenceName(),
                resolved.id(), true);

        assertThat(hidden.hidden()).isTrue();
        assertThat(Processes.states(org, p.typeId(), story.referenceName()))
                .filteredOn(s -> s.id().equals(resolved.id()))
                .allSatisfy(s -> assertThat(s.hidden()).isTrue());
        assertThat(Processes.hideState(org, p.typeId(), story.referenceName(), resolved.id(), false).hidden())
                .isNotEqualTo(Boolean.TRUE);
        assertThat(Processes.states(org, p.typeId(), story.referenceName()))
                .filteredOn(s -> s.id().equals(resolved.id())).singleElement()
                .satisfies(s -> assertThat(s.hidden()).isNotEqualTo(Boolean.TRUE));
    }
}
