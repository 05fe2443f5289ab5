package ado.oop;

import ado.model.work.process.ProcessFieldRequest;
import ado.model.work.process.ProcessRule;
import ado.model.work.process.ProcessStateRequest;
import ado.model.work.process.ProcessWorkItemType;
import ado.model.work.process.ProcessWorkItemTypeField;
import ado.model.work.process.ProcessWorkItemTypeRequest;
import ado.model.work.process.ProcessWorkItemTypeState;
import ado.model.work.process.Processes;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A work item type of a {@link WorkProcess}, as loaded: its states, fields and rules are read and changed with one
 * request each. Changes to a system process fail with Azure DevOps' error (VS402356).
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class ProcessType {

    private final WorkProcess process;
    private final ProcessWorkItemType info;

    ProcessType(WorkProcess process, ProcessWorkItemType info) {
        this.process = process;
        this.info = info;
    }

    /** {@return the process} */
    public WorkProcess process() {
        return process;
    }

    /** {@return the type as loaded} */
    public ProcessWorkItemType info() {
        return info;
    }

    /** {@return the display name} */
    public String name() {
        return info.name();
    }

    /** {@return the reference name} */
    public String referenceName() {
        return info.referenceName();
    }

    /** {@return the states, in order} */
    public List<ProcessWorkItemTypeState> states() {
        return Processes.states(api(), process.id(), referenceName());
    }

    /**
     * {@return a new state in {@code category} ({@code Proposed}, {@code InProgress}, ...)}
     *
     * @param name the state name
     * @param category the state category, such as {@code Proposed}, {@code InProgress} or {@code Completed}
     * @param color the colour, hex RGB such as {@code 009CCC}
     */
    public ProcessWorkItemTypeState addState(String name, String category, String color) {
        return Processes.createState(api(), process.id(), referenceName(),
                new ProcessStateRequest(Objects.requireNonNull(name, "name == null"), color, category, null));
    }

    /**
     * Deletes {@code state} when it is custom, else hides it (inherited states cannot be deleted).
     *
     * @param state the state to remove
     */
    public void removeState(ProcessWorkItemTypeState state) {
        Objects.requireNonNull(state, "state == null");
        if (state.customizationType() == ado.model.work.process.CustomizationType.CUSTOM) {
            Processes.deleteState(api(), process.id(), referenceName(), state.id());
        } else {
            Processes.hideState(api(), process.id(), referenceName(), state.id(), true);
        }
    }

    /** {@return the fields} */
    public List<ProcessWorkItemTypeField> fields() {
        return Processes.fields(api(), process.id(), referenceName());
    }

    /**
     * {@return field {@code referenceName} of the organisation added to this type}
     *
     * @param fieldReferenceName the field reference name, such as {@code Custom.Risk}
     * @param required whether it is required
     */
    public ProcessWorkItemTypeField addField(String fieldReferenceName, boolean required) {
        return Processes.addField(api(), process.id(), referenceName(), new ProcessFieldRequest(
                Objects.requireNonNull(fieldReferenceName, "fieldReferenceName == null"), null, required, null,
                null));
    }

    /** {@return the rules} */
    public List<ProcessRule> rules() {
        return Processes.rules(api(), process.id(), referenceName());
    }

    /**
     * {@return the new rule}
     *
     * @param rule the rule
     */
    public ProcessRule addRule(ProcessRule rule) {
        return Processes.createRule(api(), process.id(), referenceName(), rule);
    }

    /**
     * Deletes custom rule {@code ruleId}.
     *
     * @param ruleId the rule id
     */
    public void deleteRule(UUID ruleId) {
        Processes.deleteRule(api(), process.id(), referenceName(), ruleId);
    }

    /**
     * {@return this type after changing its description, colour or disabled flag (nulls: unchanged)}
     *
     * @param description the description, or {@code null} for unchanged
     * @param color the colour, hex RGB, or {@code null} for unchanged
     * @param disabled whether it is disabled, or {@code null} for unchanged
     */
    public ProcessType update(String description, String color, Boolean disabled) {
        return new ProcessType(process, Processes.updateWorkItemType(api(), process.id(), referenceName(),
                new ProcessWorkItemTypeRequest(null, description, color, null, null, disabled)));
    }

    private ado.core.ApiCall api() {
        return process.organization().api();
    }

    @Override
    public String toString() {
        return "ProcessType[" + info.name() + "]";
    }
}
