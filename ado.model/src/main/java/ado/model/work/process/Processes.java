package ado.model.work.process;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Processes and their customisation ({@code _apis/work/processes}). Every method takes an organisation scope
 * ({@code client.api()}); {@code witRefName} is a work item type's reference name. Changing a system process fails
 * with ADO's error; create an inherited process ({@link #create}) and change that.
 */
public final class Processes {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";
    /** The id of the system process Agile. */
    public static final UUID AGILE = UUID.fromString("adcc42ab-9882-485e-a3ed-7678f01f66bc");
    /** The id of the system process Scrum. */
    public static final UUID SCRUM = UUID.fromString("6b724908-ef14-45cf-84f8-768b5384da45");
    /** The id of the system process Basic. */
    public static final UUID BASIC = UUID.fromString("b8a3a935-7e91-48b8-a94c-606d37c3e9f2");

    private Processes() {
    }

    // ---- processes

    /**
     * {@return the processes of the organisation, with the projects using each}
     *
     * @param org the organisation scope ({@code client.api()})
     */
    public static List<ProcessInfo> list(ApiCall org) {
        return org.apis("work", "processes").query("$expand", "projects").get(API_VERSION)
                .asList(ProcessInfo.class);
    }

    /**
     * {@return process {@code processId}, with the projects using it}
     *
     * @param org       the organisation scope ({@code client.api()})
     * @param processId the process id, such as {@link #AGILE} for a system process
     * @throws NullPointerException if {@code processId} is null
     */
    public static ProcessInfo get(ApiCall org, UUID processId) {
        return process(org, processId).query("$expand", "projects").get(API_VERSION).as(ProcessInfo.class);
    }

    /**
     * {@return the new inherited process}
     *
     * @param org     the organisation scope ({@code client.api()})
     * @param request the new process: name and the system process it inherits from
     * @throws NullPointerException if {@code request} is null
     */
    public static ProcessInfo create(ApiCall org, ProcessCreate request) {
        Objects.requireNonNull(request, "request == null");
        return org.apis("work", "processes").post(API_VERSION).body(Body.json(request)).as(ProcessInfo.class);
    }

    /**
     * {@return process {@code processId} after {@code update}}
     *
     * @param org       the organisation scope ({@code client.api()})
     * @param processId the process id, such as {@link #AGILE} for a system process
     * @param update    the changes; {@code null} fields stay as they are
     * @throws NullPointerException if {@code processId} or {@code update} is null
     */
    public static ProcessInfo update(ApiCall org, UUID processId, ProcessUpdate update) {
        Objects.requireNonNull(update, "update == null");
        return process(org, processId).patch(API_VERSION).body(Body.json(update)).as(ProcessInfo.class);
    }

    /**
     * Deletes inherited process {@code processId} (ADO refuses while projects use it).
     *
     * @param org       the organisation scope ({@code client.api()})
     * @param processId the process id, such as {@link #AGILE} for a system process
     * @throws NullPointerException if {@code processId} is null
     */
    public static void delete(ApiCall org, UUID processId) {
        process(org, processId).delete(API_VERSION).send();
    }

    // ---- work item types

    /**
     * {@return the work item types of the process}
     *
     * @param org       the organisation scope ({@code client.api()})
     * @param processId the process id, such as {@link #AGILE} for a system process
     * @throws NullPointerException if {@code processId} is null
     */
    public static List<ProcessWorkItemType> workItemTypes(ApiCall org, UUID processId) {
        return process(org, processId).path("workItemTypes").get(API_VERSION).asList(ProcessWorkItemType.class);
    }

    /**
     * {@return the work item types of the process with {@code expand} (such as their states), in one request}
     *
     * @param org       the organisation scope ({@code client.api()})
     * @param processId the process id, such as {@link #AGILE} for a system process
     * @param expand    what to add to each type
     * @throws NullPointerException if {@code processId} or {@code expand} is null
     */
    public static List<ProcessWorkItemType> workItemTypes(ApiCall org, UUID processId,
                                                          ProcessWorkItemTypeExpand expand) {
        Objects.requireNonNull(expand, "expand == null");
        return process(org, processId).path("workItemTypes").query("$expand", expand.wireName()).get(API_VERSION)
                .asList(ProcessWorkItemType.class);
    }

    /**
     * {@return work item type {@code witRefName} of the process}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @throws NullPointerException     if {@code processId} or {@code witRefName} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static ProcessWorkItemType workItemType(ApiCall org, UUID processId, String witRefName) {
        return type(org, processId, witRefName).get(API_VERSION).as(ProcessWorkItemType.class);
    }

    /**
     * {@return work item type {@code witRefName} of the process with {@code expand} (such as its states)}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @param expand     what to add to the type
     * @throws NullPointerException     if {@code processId}, {@code witRefName} or {@code expand} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static ProcessWorkItemType workItemType(ApiCall org, UUID processId, String witRefName,
                                                   ProcessWorkItemTypeExpand expand) {
        Objects.requireNonNull(expand, "expand == null");
        return type(org, processId, witRefName).query("$expand", expand.wireName()).get(API_VERSION)
                .as(ProcessWorkItemType.class);
    }

    /**
     * {@return the new work item type (or the inherited type, changed, when {@code inheritsFrom} is set)}
     *
     * @param org       the organisation scope ({@code client.api()})
     * @param processId the process id, such as {@link #AGILE} for a system process
     * @param request   the new type (name, colour, icon) or, with {@code inheritsFrom}, the type to derive
     * @throws NullPointerException if {@code processId} or {@code request} is null
     */
    public static ProcessWorkItemType createWorkItemType(ApiCall org, UUID processId,
                                                         ProcessWorkItemTypeRequest request) {
        Objects.requireNonNull(request, "request == null");
        return process(org, processId).path("workItemTypes").post(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemType.class);
    }

    /**
     * {@return work item type {@code witRefName} after {@code request}}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @param request    the changes
     * @throws NullPointerException     if {@code processId}, {@code witRefName} or {@code request} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static ProcessWorkItemType updateWorkItemType(ApiCall org, UUID processId, String witRefName,
                                                         ProcessWorkItemTypeRequest request) {
        Objects.requireNonNull(request, "request == null");
        return type(org, processId, witRefName).patch(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemType.class);
    }

    /**
     * Deletes custom work item type {@code witRefName}.
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @throws NullPointerException     if {@code processId} or {@code witRefName} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static void deleteWorkItemType(ApiCall org, UUID processId, String witRefName) {
        type(org, processId, witRefName).delete(API_VERSION).send();
    }

    // ---- states

    /**
     * {@return the states of the type}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @throws NullPointerException     if {@code processId} or {@code witRefName} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static List<ProcessWorkItemTypeState> states(ApiCall org, UUID processId, String witRefName) {
        return type(org, processId, witRefName).path("states").get(API_VERSION)
                .asList(ProcessWorkItemTypeState.class);
    }

    /**
     * {@return the new state}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @param request    the new state: name, colour and state category
     * @throws NullPointerException     if {@code processId}, {@code witRefName}, {@code request} or its name is null
     * @throws IllegalArgumentException if {@code witRefName} or the name is blank
     */
    public static ProcessWorkItemTypeState createState(ApiCall org, UUID processId, String witRefName,
                                                       ProcessStateRequest request) {
        Objects.requireNonNull(request, "request == null");
        Checks.nonBlank(request.name(), "name");
        return type(org, processId, witRefName).path("states").post(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemTypeState.class);
    }

    /**
     * {@return state {@code stateId} after {@code request}}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @param stateId    the state id
     * @param request    the changes
     * @throws NullPointerException     if {@code processId}, {@code witRefName}, {@code stateId} or {@code request} is
     *                                  null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static ProcessWorkItemTypeState updateState(ApiCall org, UUID processId, String witRefName, UUID stateId,
                                                       ProcessStateRequest request) {
        Objects.requireNonNull(request, "request == null");
        return state(org, processId, witRefName, stateId).patch(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemTypeState.class);
    }

    /**
     * {@return inherited state {@code stateId} hidden (or shown again); inherited states cannot be deleted}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @param stateId    the state id
     * @param hidden     {@code true} to hide the state, {@code false} to show it again
     * @throws NullPointerException     if {@code processId}, {@code witRefName} or {@code stateId} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static ProcessWorkItemTypeState hideState(ApiCall org, UUID processId, String witRefName, UUID stateId,
                                                     boolean hidden) {
        return state(org, processId, witRefName, stateId).put(API_VERSION)
                .body(Body.json(ado.core.json.JsonObject.builder().put("hidden", hidden).build()))
                .as(ProcessWorkItemTypeState.class);
    }

    /**
     * Deletes custom state {@code stateId}.
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @param stateId    the state id
     * @throws NullPointerException     if {@code processId}, {@code witRefName} or {@code stateId} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static void deleteState(ApiCall org, UUID processId, String witRefName, UUID stateId) {
        state(org, processId, witRefName, stateId).delete(API_VERSION).send();
    }

    // ---- fields

    /**
     * {@return the fields of the type}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @throws NullPointerException     if {@code processId} or {@code witRefName} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static List<ProcessWorkItemTypeField> fields(ApiCall org, UUID processId, String witRefName) {
        return type(org, processId, witRefName).path("fields").get(API_VERSION)
                .asList(ProcessWorkItemTypeField.class);
    }

    /**
     * {@return the field added to the type}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @param request    the field to add, by reference name, with its default value and flags
     * @throws NullPointerException     if {@code processId}, {@code witRefName}, {@code request} or its reference name
     *                                  is null
     * @throws IllegalArgumentException if {@code witRefName} or the reference name is blank
     */
    public static ProcessWorkItemTypeField addField(ApiCall org, UUID processId, String witRefName,
                                                    ProcessFieldRequest request) {
        Objects.requireNonNull(request, "request == null");
        Checks.nonBlank(request.referenceName(), "referenceName");
        return type(org, processId, witRefName).path("fields").post(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemTypeField.class);
    }

    /**
     * {@return field {@code fieldRefName} of the type after {@code request}}
     *
     * @param org          the organisation scope ({@code client.api()})
     * @param processId    the process id, such as {@link #AGILE} for a system process
     * @param witRefName   the work item type's reference name
     * @param fieldRefName the field's reference name, such as {@code Custom.Severity}
     * @param request      the changes: default value, required, read-only, allowed values
     * @throws NullPointerException     if {@code processId}, {@code witRefName}, {@code fieldRefName} or
     *                                  {@code request} is null
     * @throws IllegalArgumentException if {@code witRefName} or {@code fieldRefName} is blank
     */
    public static ProcessWorkItemTypeField updateField(ApiCall org, UUID processId, String witRefName,
                                                       String fieldRefName, ProcessFieldRequest request) {
        Objects.requireNonNull(request, "request == null");
        return field(org, processId, witRefName, fieldRefName).patch(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemTypeField.class);
    }

    /**
     * Removes field {@code fieldRefName} from the type.
     *
     * @param org          the organisation scope ({@code client.api()})
     * @param processId    the process id, such as {@link #AGILE} for a system process
     * @param witRefName   the work item type's reference name
     * @param fieldRefName the field's reference name, such as {@code Custom.Severity}
     * @throws NullPointerException     if {@code processId}, {@code witRefName} or {@code fieldRefName} is null
     * @throws IllegalArgumentException if {@code witRefName} or {@code fieldRefName} is blank
     */
    public static void removeField(ApiCall org, UUID processId, String witRefName, String fieldRefName) {
        field(org, processId, witRefName, fieldRefName).delete(API_VERSION).send();
    }

    // ---- rules

    /**
     * {@return the rules of the type}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @throws NullPointerException     if {@code processId} or {@code witRefName} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static List<ProcessRule> rules(ApiCall org, UUID processId, String witRefName) {
        return type(org, processId, witRefName).path("rules").get(API_VERSION).asList(ProcessRule.class);
    }

    /**
     * {@return the new rule}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @param rule       the rule: name, conditions and actions; its id is {@code null}
     * @throws NullPointerException     if {@code processId}, {@code witRefName} or {@code rule} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static ProcessRule createRule(ApiCall org, UUID processId, String witRefName, ProcessRule rule) {
        Objects.requireNonNull(rule, "rule == null");
        return type(org, processId, witRefName).path("rules").post(API_VERSION).body(Body.json(rule))
                .as(ProcessRule.class);
    }

    /**
     * {@return rule {@code ruleId} replaced by {@code rule}}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @param ruleId     the rule id
     * @param rule       the whole new rule
     * @throws NullPointerException     if {@code processId}, {@code witRefName}, {@code ruleId} or {@code rule} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static ProcessRule updateRule(ApiCall org, UUID processId, String witRefName, UUID ruleId,
                                         ProcessRule rule) {
        Objects.requireNonNull(rule, "rule == null");
        return rule(org, processId, witRefName, ruleId).put(API_VERSION).body(Body.json(rule))
                .as(ProcessRule.class);
    }

    /**
     * Deletes custom rule {@code ruleId}.
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param processId  the process id, such as {@link #AGILE} for a system process
     * @param witRefName the work item type's reference name
     * @param ruleId     the rule id
     * @throws NullPointerException     if {@code processId}, {@code witRefName} or {@code ruleId} is null
     * @throws IllegalArgumentException if {@code witRefName} is blank
     */
    public static void deleteRule(ApiCall org, UUID processId, String witRefName, UUID ruleId) {
        rule(org, processId, witRefName, ruleId).delete(API_VERSION).send();
    }

    // ---- behaviours

    /**
     * {@return the behaviours (backlog levels) of the process}
     *
     * @param org       the organisation scope ({@code client.api()})
     * @param processId the process id, such as {@link #AGILE} for a system process
     * @throws NullPointerException if {@code processId} is null
     */
    public static List<ProcessBehavior> behaviors(ApiCall org, UUID processId) {
        return process(org, processId).path("behaviors").get(API_VERSION).asList(ProcessBehavior.class);
    }

    /**
     * {@return the new behaviour}
     *
     * @param org       the organisation scope ({@code client.api()})
     * @param processId the process id, such as {@link #AGILE} for a system process
     * @param request   the new behaviour: name, colour and the behaviour it inherits from
     * @throws NullPointerException     if {@code processId}, {@code request} or its name is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static ProcessBehavior createBehavior(ApiCall org, UUID processId, ProcessBehaviorRequest request) {
        Objects.requireNonNull(request, "request == null");
        Checks.nonBlank(request.name(), "name");
        return process(org, processId).path("behaviors").post(API_VERSION).body(Body.json(request))
                .as(ProcessBehavior.class);
    }

    /**
     * {@return behaviour {@code behaviorRefName} after {@code request}}
     *
     * @param org             the organisation scope ({@code client.api()})
     * @param processId       the process id, such as {@link #AGILE} for a system process
     * @param behaviorRefName the behaviour's reference name, such as {@code System.RequirementBacklogBehavior}
     * @param request         the changes; {@code null} fields stay as they are
     * @throws NullPointerException     if {@code processId}, {@code behaviorRefName} or {@code request} is null
     * @throws IllegalArgumentException if {@code behaviorRefName} is blank
     */
    public static ProcessBehavior updateBehavior(ApiCall org, UUID processId, String behaviorRefName,
                                                 ProcessBehaviorRequest request) {
        Objects.requireNonNull(request, "request == null");
        return behavior(org, processId, behaviorRefName).put(API_VERSION).body(Body.json(request))
                .as(ProcessBehavior.class);
    }

    /**
     * Deletes custom behaviour {@code behaviorRefName}.
     *
     * @param org             the organisation scope ({@code client.api()})
     * @param processId       the process id, such as {@link #AGILE} for a system process
     * @param behaviorRefName the behaviour's reference name, such as {@code System.RequirementBacklogBehavior}
     * @throws NullPointerException     if {@code processId} or {@code behaviorRefName} is null
     * @throws IllegalArgumentException if {@code behaviorRefName} is blank
     */
    public static void deleteBehavior(ApiCall org, UUID processId, String behaviorRefName) {
        behavior(org, processId, behaviorRefName).delete(API_VERSION).send();
    }

    private static ApiCall process(ApiCall org, UUID processId) {
        return org.apis("work", "processes", Objects.requireNonNull(processId, "processId == null").toString());
    }

    private static ApiCall type(ApiCall org, UUID processId, String witRefName) {
        return process(org, processId).path("workItemTypes", Checks.nonBlank(witRefName, "witRefName"));
    }

    private static ApiCall state(ApiCall org, UUID processId, String witRefName, UUID stateId) {
        return type(org, processId, witRefName).path("states",
                Objects.requireNonNull(stateId, "stateId == null").toString());
    }

    private static ApiCall field(ApiCall org, UUID processId, String witRefName, String fieldRefName) {
        return type(org, processId, witRefName).path("fields", Checks.nonBlank(fieldRefName, "fieldRefName"));
    }

    private static ApiCall rule(ApiCall org, UUID processId, String witRefName, UUID ruleId) {
        return type(org, processId, witRefName).path("rules",
                Objects.requireNonNull(ruleId, "ruleId == null").toString());
    }

    private static ApiCall behavior(ApiCall org, UUID processId, String behaviorRefName) {
        return process(org, processId).path("behaviors", Checks.nonBlank(behaviorRefName, "behaviorRefName"));
    }
}
