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

    /** {@return the processes of the organisation, with the projects using each} */
    public static List<ProcessInfo> list(ApiCall org) {
        return org.apis("work", "processes").query("$expand", "projects").get(API_VERSION)
                .asList(ProcessInfo.class);
    }

    /** {@return process {@code processId}, with the projects using it} */
    public static ProcessInfo get(ApiCall org, UUID processId) {
        return process(org, processId).query("$expand", "projects").get(API_VERSION).as(ProcessInfo.class);
    }

    /** {@return the new inherited process} */
    public static ProcessInfo create(ApiCall org, ProcessCreate request) {
        Objects.requireNonNull(request, "request == null");
        return org.apis("work", "processes").post(API_VERSION).body(Body.json(request)).as(ProcessInfo.class);
    }

    /** {@return process {@code processId} after {@code update}} */
    public static ProcessInfo update(ApiCall org, UUID processId, ProcessUpdate update) {
        Objects.requireNonNull(update, "update == null");
        return process(org, processId).patch(API_VERSION).body(Body.json(update)).as(ProcessInfo.class);
    }

    /** Deletes inherited process {@code processId} (ADO refuses while projects use it). */
    public static void delete(ApiCall org, UUID processId) {
        process(org, processId).delete(API_VERSION).send();
    }

    // ---- work item types

    /** {@return the work item types of the process} */
    public static List<ProcessWorkItemType> workItemTypes(ApiCall org, UUID processId) {
        return process(org, processId).path("workItemTypes").get(API_VERSION).asList(ProcessWorkItemType.class);
    }

    /** {@return work item type {@code witRefName} of the process} */
    public static ProcessWorkItemType workItemType(ApiCall org, UUID processId, String witRefName) {
        return type(org, processId, witRefName).get(API_VERSION).as(ProcessWorkItemType.class);
    }

    /** {@return the new work item type (or the inherited type, changed, when {@code inheritsFrom} is set)} */
    public static ProcessWorkItemType createWorkItemType(ApiCall org, UUID processId,
                                                         ProcessWorkItemTypeRequest request) {
        Objects.requireNonNull(request, "request == null");
        return process(org, processId).path("workItemTypes").post(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemType.class);
    }

    /** {@return work item type {@code witRefName} after {@code request}} */
    public static ProcessWorkItemType updateWorkItemType(ApiCall org, UUID processId, String witRefName,
                                                         ProcessWorkItemTypeRequest request) {
        Objects.requireNonNull(request, "request == null");
        return type(org, processId, witRefName).patch(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemType.class);
    }

    /** Deletes custom work item type {@code witRefName}. */
    public static void deleteWorkItemType(ApiCall org, UUID processId, String witRefName) {
        type(org, processId, witRefName).delete(API_VERSION).send();
    }

    // ---- states

    /** {@return the states of the type} */
    public static List<ProcessWorkItemTypeState> states(ApiCall org, UUID processId, String witRefName) {
        return type(org, processId, witRefName).path("states").get(API_VERSION)
                .asList(ProcessWorkItemTypeState.class);
    }

    /** {@return the new state} */
    public static ProcessWorkItemTypeState createState(ApiCall org, UUID processId, String witRefName,
                                                       ProcessStateRequest request) {
        Objects.requireNonNull(request, "request == null");
        Checks.nonBlank(request.name(), "name");
        return type(org, processId, witRefName).path("states").post(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemTypeState.class);
    }

    /** {@return state {@code stateId} after {@code request}} */
    public static ProcessWorkItemTypeState updateState(ApiCall org, UUID processId, String witRefName, UUID stateId,
                                                       ProcessStateRequest request) {
        Objects.requireNonNull(request, "request == null");
        return state(org, processId, witRefName, stateId).patch(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemTypeState.class);
    }

    /** {@return inherited state {@code stateId} hidden (or shown again); inherited states cannot be deleted} */
    public static ProcessWorkItemTypeState hideState(ApiCall org, UUID processId, String witRefName, UUID stateId,
                                                     boolean hidden) {
        return state(org, processId, witRefName, stateId).put(API_VERSION)
                .body(Body.json(ado.core.json.JsonObject.builder().put("hidden", hidden).build()))
                .as(ProcessWorkItemTypeState.class);
    }

    /** Deletes custom state {@code stateId}. */
    public static void deleteState(ApiCall org, UUID processId, String witRefName, UUID stateId) {
        state(org, processId, witRefName, stateId).delete(API_VERSION).send();
    }

    // ---- fields

    /** {@return the fields of the type} */
    public static List<ProcessWorkItemTypeField> fields(ApiCall org, UUID processId, String witRefName) {
        return type(org, processId, witRefName).path("fields").get(API_VERSION)
                .asList(ProcessWorkItemTypeField.class);
    }

    /** {@return the field added to the type} */
    public static ProcessWorkItemTypeField addField(ApiCall org, UUID processId, String witRefName,
                                                    ProcessFieldRequest request) {
        Objects.requireNonNull(request, "request == null");
        Checks.nonBlank(request.referenceName(), "referenceName");
        return type(org, processId, witRefName).path("fields").post(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemTypeField.class);
    }

    /** {@return field {@code fieldRefName} of the type after {@code request}} */
    public static ProcessWorkItemTypeField updateField(ApiCall org, UUID processId, String witRefName,
                                                       String fieldRefName, ProcessFieldRequest request) {
        Objects.requireNonNull(request, "request == null");
        return field(org, processId, witRefName, fieldRefName).patch(API_VERSION).body(Body.json(request))
                .as(ProcessWorkItemTypeField.class);
    }

    /** Removes field {@code fieldRefName} from the type. */
    public static void removeField(ApiCall org, UUID processId, String witRefName, String fieldRefName) {
        field(org, processId, witRefName, fieldRefName).delete(API_VERSION).send();
    }

    // ---- rules

    /** {@return the rules of the type} */
    public static List<ProcessRule> rules(ApiCall org, UUID processId, String witRefName) {
        return type(org, processId, witRefName).path("rules").get(API_VERSION).asList(ProcessRule.class);
    }

    /** {@return the new rule} */
    public static ProcessRule createRule(ApiCall org, UUID processId, String witRefName, ProcessRule rule) {
        Objects.requireNonNull(rule, "rule == null");
        return type(org, processId, witRefName).path("rules").post(API_VERSION).body(Body.json(rule))
                .as(ProcessRule.class);
    }

    /** {@return rule {@code ruleId} replaced by {@code rule}} */
    public static ProcessRule updateRule(ApiCall org, UUID processId, String witRefName, UUID ruleId,
                                         ProcessRule rule) {
        Objects.requireNonNull(rule, "rule == null");
        return rule(org, processId, witRefName, ruleId).put(API_VERSION).body(Body.json(rule))
                .as(ProcessRule.class);
    }

    /** Deletes custom rule {@code ruleId}. */
    public static void deleteRule(ApiCall org, UUID processId, String witRefName, UUID ruleId) {
        rule(org, processId, witRefName, ruleId).delete(API_VERSION).send();
    }

    // ---- behaviours

    /** {@return the behaviours (backlog levels) of the process} */
    public static List<ProcessBehavior> behaviors(ApiCall org, UUID processId) {
        return process(org, processId).path("behaviors").get(API_VERSION).asList(ProcessBehavior.class);
    }

    /** {@return the new behaviour} */
    public static ProcessBehavior createBehavior(ApiCall org, UUID processId, ProcessBehaviorRequest request) {
        Objects.requireNonNull(request, "request == null");
        Checks.nonBlank(request.name(), "name");
        return process(org, processId).path("behaviors").post(API_VERSION).body(Body.json(request))
                .as(ProcessBehavior.class);
    }

    /** {@return behaviour {@code behaviorRefName} after {@code request}} */
    public static ProcessBehavior updateBehavior(ApiCall org, UUID processId, String behaviorRefName,
                                                 ProcessBehaviorRequest request) {
        Objects.requireNonNull(request, "request == null");
        return behavior(org, processId, behaviorRefName).put(API_VERSION).body(Body.json(request))
                .as(ProcessBehavior.class);
    }

    /** Deletes custom behaviour {@code behaviorRefName}. */
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
