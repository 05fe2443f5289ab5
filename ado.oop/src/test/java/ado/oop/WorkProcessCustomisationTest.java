package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonString;
import ado.emulator.AdoEmulator;
import ado.emulator.RecordedRequest;
import ado.model.work.process.CustomizationType;
import ado.model.work.process.ProcessBehavior;
import ado.model.work.process.ProcessBehaviorRequest;
import ado.model.work.process.ProcessFieldRequest;
import ado.model.work.process.ProcessRule;
import ado.model.work.process.ProcessStateRequest;
import ado.model.work.process.ProcessWorkItemTypeField;
import ado.model.work.process.ProcessWorkItemTypeState;
import ado.model.work.process.RuleAction;
import ado.model.work.process.RuleCondition;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customising an inherited process at the object layer (pyado's {@code Process} members of 373bd94): deleting a
 * work item type, updating states, fields and rules, removing fields, and behaviours; the HTTP methods the 7.1 spec
 * gives (PATCH for states and fields, PUT for rules and behaviours); and reading a whole process in 1 + 2N requests
 * for N types (the types' states come with {@code $expand=states}) where pyado sends 4 + 3N.
 */
class WorkProcessCustomisationTest {

    private AdoEmulator emulator;
    private Organization org;
    private WorkProcess ours;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        org = AzureDevOpsService.of(emulator.client()).organization();
        ours = org.createProcess("Fabrikam Agile", org.project("Fabrikam-Fiber-Git").process(), "ours");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private ProcessType risk() {
        return ours.createWorkItemType("Risk", "A project risk", "FF0000");
    }

    @Test
    void wholeProcess_statesComeWithTheTypes_onePlusTwoNRequests() {
        emulator.requests().clear();

        List<ProcessType> types = ours.workItemTypes();
        int states = 0;
        for (ProcessType t : types) {
            states += t.states().size();
            t.fields();
            t.rules();
        }

        int n = types.size();
        assertThat(n).isGreaterThanOrEqualTo(5);
        assertThat(states).isGreaterThanOrEqualTo(2 * n);
        assertThat(emulator.requests().total()).as("1 + 2N for N = %d types", n).isEqualTo(1 + 2L * n);
        RecordedRequest list = emulator.requests().all().get(0);
        assertThat(list.path()).endsWith("/workItemTypes");
        assertThat(list.query()).contains("$expand=states");
        assertThat(emulator.requests().count("GET", "/states")).as("no per-type states request").isZero();
    }

    @Test
    void states_readAgainAfterThisObjectChangesOne() {
        ProcessType story = ours.workItemTypes().stream().filter(t -> t.name().equals("User Story")).findFirst()
                .orElseThrow();
        story.addState("Ready", "Proposed", "5688E0");

        ProcessWorkItemTypeState ready = story.states().stream().filter(s -> s.name().equals("Ready")).findFirst()
                .orElseThrow();
        ProcessWorkItemTypeState updated = story.updateState(ready.id(), new ProcessStateRequest(null, "00FF00",
                null, null));

        assertThat(updated.color()).isEqualToIgnoringCase("00FF00");
        assertThat(story.states()).filteredOn(s -> s.name().equals("Ready")).singleElement()
                .satisfies(s -> assertThat(s.color()).isEqualToIgnoringCase("00FF00"));
        assertThat(emulator.requests().count("PATCH", "/states/" + ready.id())).as("States_Update is a PATCH")
                .isEqualTo(1);
    }

    @Test
    void fields_updatedWithPatchThenRemoved() {
        ProcessType risk = risk();
        risk.addField("Microsoft.VSTS.Common.Severity", false);

        ProcessWorkItemTypeField changed = risk.updateField("Microsoft.VSTS.Common.Severity",
                new ProcessFieldRequest(null, new JsonString("2 - High"), true, null, null));
        risk.removeField("Microsoft.VSTS.Common.Severity");

        assertThat(changed.required()).isTrue();
        assertThat(changed.defaultValue()).isEqualTo(new JsonString("2 - High"));
        assertThat(emulator.requests().count("PATCH", "/fields/Microsoft.VSTS.Common.Severity")).isEqualTo(1);
        assertThat(risk.fields()).extracting(ProcessWorkItemTypeField::referenceName)
                .doesNotContain("Microsoft.VSTS.Common.Severity");
    }

    @Test
    void rule_updatedWithPutAsTheSpecSays() {
        ProcessType risk = risk();
        ProcessRule rule = risk.addRule(ProcessRule.of("Title when active",
                List.of(new RuleCondition("when", "System.State", "Active")),
                List.of(new RuleAction("makeRequired", "System.Title", null))));

        ProcessRule renamed = risk.updateRule(rule.id(), new ProcessRule(rule.id(), "Title always", List.of(),
                rule.actions(), true, null, null));

        assertThat(renamed.name()).isEqualTo("Title always");
        assertThat(renamed.isDisabled()).isTrue();
        assertThat(risk.rules()).filteredOn(r -> r.id().equals(rule.id())).singleElement()
                .satisfies(r -> assertThat(r.conditions()).isEmpty());
        assertThat(emulator.requests().count("PUT", "/rules/" + rule.id())).isEqualTo(1);
        assertThat(emulator.requests().count("PATCH", "/rules/" + rule.id())).isZero();
    }

    @Test
    void customType_deleted_goneFromTheProcess() {
        ProcessType risk = risk();

        risk.delete();

        assertThat(ours.workItemTypes()).extracting(ProcessType::referenceName)
                .doesNotContain(risk.referenceName());
        assertThatThrownBy(() -> ours.workItemType(risk.referenceName())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void inheritedType_delete_refusedAndKept() {
        ProcessType story = ours.workItemTypes().stream().filter(t -> t.name().equals("User Story")).findFirst()
                .orElseThrow();
        assertThat(story.info().customization()).isNotEqualTo(CustomizationType.CUSTOM);

        assertThatThrownBy(story::delete).isInstanceOf(AdoException.class);
        assertThat(ours.workItemTypes()).extracting(ProcessType::name).contains("User Story");
    }

    @Test
    void behaviors_createdUpdatedWithPutAndDeleted() {
        ProcessBehavior initiatives = ours.createBehavior(new ProcessBehaviorRequest("Initiatives", "00AA00",
                "Above epics", null, null));

        ProcessBehavior recoloured = ours.updateBehavior(initiatives.referenceName(),
                new ProcessBehaviorRequest("Initiatives", "0000AA", "Above epics", null, null));

        assertThat(recoloured.color()).isEqualToIgnoringCase("0000AA");
        assertThat(ours.behaviors()).extracting(ProcessBehavior::referenceName)
                .contains(initiatives.referenceName());
        assertThat(emulator.requests().count("PUT", "/behaviors/" + initiatives.referenceName())).isEqualTo(1);
        ours.deleteBehavior(initiatives.referenceName());
        assertThat(ours.behaviors()).extracting(ProcessBehavior::referenceName)
                .doesNotContain(initiatives.referenceName());
    }

    @Test
    void behaviors_badArguments_refusedBeforeSending() {
        long before = emulator.requests().total();

        assertThatThrownBy(() -> ours.deleteBehavior(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("behaviorRefName");
        assertThatThrownBy(() -> ours.createBehavior(new ProcessBehaviorRequest(null, null, null, null, null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThat(emulator.requests().total()).isEqualTo(before);
    }
}
