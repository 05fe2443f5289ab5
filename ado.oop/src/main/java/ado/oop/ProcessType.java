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
 * request each; the states come with the type from {@link WorkProcess#workItemTypes()} ({@code $expand=states}) and
 * are read again after this object changes one. Changes to a system process fail with Azure DevOps' error
 * (VS402356).
 *
 * <p><b>Thread safety.</b> Thread-safe: the type is immutable; the states it holds are replaced whole.
 */
public final class ProcessType {

    private final WorkProcess process;
    private final ProcessWorkItemType info;
    /** The states as last read, or null when they must be read (not expanded, or changed since). */
    private volatile List<ProcessWorkItemTypeState> states;

    ProcessType(WorkProcess process, ProcessWorkItemType info) {
        this.process = process;
        this.info = info;
        this.states = info.states().isEmpty() ? null : info.states();
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

    /**
     * {@return the states, in order: those the type was loaded with ({@link WorkProcess#workItemTypes()}), else
     * read now (one request) and kept until this object changes a state}
     */
    public List<ProcessWorkItemTypeState> states() {
        List<ProcessWorkItemTypeState> known = states;
        if (known == null) {
            known = Processes.states(api(), process.id(), referenceName());
            states = known;
        }
        return known;
    }

    /**
     * {@return a new state in {@code category} ({@code Proposed}, {@code InProgress}, ...)}
     *
     * @param name the state name
     * @param category the state category, such as {@code Proposed}, {@code InProgress} or {@code Completed}
     * @param color the colour, hex RGB such as {@code 009CCC}
     */
    public ProcessWorkItemTypeState addState(String name, String category, String color) {
        states = null;
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
        states = null;
        if (state.customizationType() == ado.model.work.process.CustomizationType.CUSTOM) {
            Processes.deleteState(api(), process.id(), referenceName(), state.id());
        } else {
            Processes.hideState(api(), process.id(), referenceName(), state.id(), true);
        }
    }

    /**
     * {@return state {@code stateId} after {@code changes}: its name, colour or order ({@code null} components are
     * not sent); one request}
     *
     * @param stateId the state id ({@link ProcessWorkItemTypeState#id()})
     * @param changes the changes
     * @throws NullPointerException if an argument is null
     */
    public ProcessWorkItemTypeState updateState(UUID stateId, ProcessStateRequest changes) {
        states = null;
        return Processes.updateState(api(), process.id(), referenceName(), stateId, changes);
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

    /**
     * {@return field {@code fieldReferenceName} of this type after {@code changes}: default value, required,
     * read-only, allowed values ({@code null} components are not sent); one request}
     *
     * @param fieldReferenceName the field reference name, such as {@code Custom.Risk}
     * @param changes the changes (its reference name may be {@code null})
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code fieldReferenceName} is blank
     */
    public ProcessWorkItemTypeField updateField(String fieldReferenceName, ProcessFieldRequest changes) {
        return Processes.updateField(api(), process.id(), referenceName(), fieldReferenceName, changes);
    }

    /**
     * Removes field {@code fieldReferenceName} from this type (the field stays in the organisation).
     *
     * @param fieldReferenceName the field reference name, such as {@code Custom.Risk}
     * @throws NullPointerException if {@code fieldReferenceName} is null
     * @throws IllegalArgumentException if {@code fieldReferenceName} is blank
     */
    public void removeField(String fieldReferenceName) {
        Processes.removeField(api(), process.id(), referenceName(), fieldReferenceName);
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
     * {@return rule {@code ruleId} replaced by {@code rule} (its name, conditions, actions and disabled flag); one
     * request (PUT, as the 7.1 spec says)}
     *
     * @param ruleId the rule id
     * @param rule the whole new rule
     * @throws NullPointerException if an argument is null
     */
    public ProcessRule updateRule(UUID ruleId, ProcessRule rule) {
        return Processes.updateRule(api(), process.id(), referenceName(), ruleId, rule);
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

    /** Deletes this custom work item type from its process (inherited types cannot be deleted). */
    public void delete() {
        Processes.deleteWorkItemType(api(), process.id(), referenceName());
    }

    private ado.core.ApiCall api() {
        return process.organization().api();
    }

    @Override
    public String toString() {
        return "ProcessType[" + info.name() + "]";
    }
}
