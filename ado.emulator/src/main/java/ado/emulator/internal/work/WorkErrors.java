package ado.emulator.internal.work;

import ado.emulator.internal.http.AdoError;

/**
 * The errors of the classification, process, team-settings and board stores. VS402391 (delete without a
 * reclassification id), TF1530014 (card settings), TF51535 (unknown type or field) and the first sentence of
 * VS402356 (process permission) are ADO's own codes and texts; the other messages and the exception type names are
 * plausible but not verified against the service, and carry no made-up codes.
 */
public final class WorkErrors {

    private static final String WIT = "Microsoft.TeamFoundation.WorkItemTracking.Server";
    private static final String WORK = "Microsoft.TeamFoundation.Work.WebApi";
    private static final String PROCESS = "Microsoft.TeamFoundation.WorkItemTracking.Server.Metadata";

    private WorkErrors() {
    }

    /** {@return 404: no node at the path} */
    public static AdoError nodeNotFound(String path) {
        return new AdoError(404, "WorkItemTrackingTreeNodeNotFoundException", WIT,
                "The classification node '" + path + "' does not exist.");
    }

    /** {@return 404: no node with the id} */
    public static AdoError nodeIdNotFound(Object id) {
        return new AdoError(404, "WorkItemTrackingTreeNodeNotFoundException", WIT,
                "The classification node with id " + id + " does not exist.");
    }

    /** {@return 400: ADO's VS402391, a delete without {@code $reclassifyId}} */
    public static AdoError reclassifyRequired() {
        return new AdoError(400, "ArgumentException", "System",
                "VS402391: Reclassification Id must be given during classification node deletion");
    }

    /** {@return 400: a sibling has the name} */
    public static AdoError nodeExists(String name, String parentPath) {
        return new AdoError(400, "ClassificationNodeDuplicateNameException", WIT,
                "The classification node name '" + name + "' is already in use by a sibling under '"
                        + parentPath + "'.");
    }

    /** {@return 400: bad node operation (root delete, move below itself, wrong tree)} */
    public static AdoError invalidNodeOperation(String why) {
        return new AdoError(400, "InvalidClassificationNodeOperationException", WIT, why);
    }

    /** {@return 400: a bad node name} */
    public static AdoError invalidNodeName(String name) {
        return new AdoError(400, "InvalidTreeNameException", WIT,
                "The classification node name '" + name + "' is not valid: it must not be empty, be longer than "
                        + "255 characters or contain \\ / $ ? * : \" & > < # % | +");
    }

    /** {@return 404: the iteration is not an iteration node of the project} */
    public static AdoError iterationNotFound(Object id) {
        return new AdoError(404, "TeamIterationNotFoundException", WORK,
                "The iteration with id " + id + " does not exist in the project's iterations.");
    }

    /** {@return 404: the iteration is not one of the team's} */
    public static AdoError teamIterationNotFound(Object id) {
        return new AdoError(404, "TeamIterationNotFoundException", WORK,
                "The iteration with id " + id + " is not selected for the team.");
    }

    /** {@return 400: a team field value is not an area of the project} */
    public static AdoError invalidTeamField(String why) {
        return new AdoError(400, "InvalidTeamFieldValueException", WORK, why);
    }

    /** {@return 400: a bad team setting} */
    public static AdoError invalidTeamSetting(String why) {
        return new AdoError(400, "InvalidTeamSettingsException", WORK, why);
    }

    /** {@return 404: no such board} */
    public static AdoError boardNotFound(String board) {
        return new AdoError(404, "BoardDoesNotExistException", WORK,
                "The board '" + board + "' does not exist for the team.");
    }

    /** {@return 400: board columns ADO refuses} */
    public static AdoError invalidColumns(String why) {
        return new AdoError(400, "BoardValidatorException", WORK, "The board columns are invalid: " + why);
    }

    /** {@return 400: board rows ADO refuses} */
    public static AdoError invalidRows(String why) {
        return new AdoError(400, "BoardValidatorException", WORK, "The board rows are invalid: " + why);
    }

    /** {@return 400: ADO's TF1530014, card settings ADO refuses} */
    public static AdoError invalidCardSettings(String why) {
        return new AdoError(400, "BoardCardSettingsValidationException", WORK,
                "TF1530014: The card settings are invalid. Error message: " + why);
    }

    /** {@return 404: no such process} */
    public static AdoError processNotFound(Object id) {
        return new AdoError(404, "ProcessNotFoundException", PROCESS,
                "The process with id " + id + " does not exist.");
    }

    /** {@return 403: a change to a system process, VS402356 as ADO refuses it} */
    public static AdoError systemProcess(String name) {
        return new AdoError(403, "ProcessPermissionException", PROCESS,
                "VS402356: You do not have the permissions required to perform the attempted operation on this "
                        + "process. The process '" + name + "' is a system process and cannot be changed.");
    }

    /** {@return 400: a process name in use} */
    public static AdoError processExists(String name) {
        return new AdoError(409, "ProcessNameConflictException", PROCESS,
                "A process with the name '" + name + "' already exists.");
    }

    /** {@return 400: a bad process operation} */
    public static AdoError invalidProcessOperation(String why) {
        return new AdoError(400, "ProcessInvalidOperationException", PROCESS, why);
    }

    /** {@return 404: no such work item type} */
    public static AdoError typeNotFound(String name) {
        return new AdoError(404, "WorkItemTypeNotFoundException", WIT,
                "TF51535: Cannot find work item type '" + name + "'.");
    }

    /** {@return 404: no such part of a work item type (state, field, rule, behaviour, category, template)} */
    public static AdoError partNotFound(String what, Object id) {
        return new AdoError(404, "ProcessWorkItemTypeNotFoundException", PROCESS,
                "The " + what + " '" + id + "' does not exist.");
    }

    /** {@return 404: no such field} */
    public static AdoError fieldNotFound(String name) {
        return new AdoError(404, "WorkItemFieldNotFoundException", WIT,
                "TF51535: Cannot find field " + name + ".");
    }

    /** {@return 409: a name in use} */
    public static AdoError exists(String what, String name) {
        return new AdoError(409, "ProcessItemAlreadyExistsException", PROCESS,
                "The " + what + " '" + name + "' already exists.");
    }
}
