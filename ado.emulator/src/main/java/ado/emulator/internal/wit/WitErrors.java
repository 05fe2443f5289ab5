package ado.emulator.internal.wit;

import ado.emulator.internal.http.AdoError;

/**
 * The errors of the work item store. TF401232, TF51535, TF401320, TF401326, TF401347 and TF201036 carry the codes
 * and wording ADO sends (as reported by its users); the type keys and the texts of the others are plausible but not
 * verified against the service.
 */
public final class WitErrors {

    private static final String WIT = "Microsoft.TeamFoundation.WorkItemTracking.Server";
    private static final String PATCH = "Microsoft.VisualStudio.Services.WebApi.Patch";

    private WitErrors() {
    }

    /** {@return ADO's error: the work item does not exist (or is in the recycle bin)} */
    public static AdoError notFound(int id) {
        return new AdoError(404, "WorkItemUnauthorizedAccessException", WIT,
                "TF401232: Work item " + id + " does not exist, or you do not have permissions to read it.");
    }

    /** {@return ADO's error: an unknown field} */
    public static AdoError unknownField(String name) {
        return new AdoError(400, "WorkItemTrackingFieldDefinitionNotFoundException", WIT,
                "TF51535: Cannot find field " + name + ".");
    }

    /** {@return ADO's rule error for field {@code name} with the field status {@code code}} */
    public static AdoError rule(String name, String code) {
        return new AdoError(400, "RuleValidationException", WIT,
                "TF401320: Rule Error for field " + name + ". Error code: " + code + ".");
    }

    /** {@return ADO's error: a read-only field was set} */
    public static AdoError readOnly(String reference) {
        return new AdoError(400, "WorkItemFieldInvalidException", WIT,
                "TF401326: Invalid field status 'InvalidNotOldValue' for field '" + reference + "'.");
    }

    /** {@return ADO's error: an area or iteration path that does not exist} */
    public static AdoError invalidTreeName(int id, String reference) {
        return new AdoError(400, "WorkItemFieldInvalidTreeNameException", WIT,
                "TF401347: Invalid tree name given for work item " + id + ", field '" + reference + "'.");
    }

    /** {@return ADO's error: a failed {@code test} operation (412)} */
    public static AdoError testFailed(String path, String actual, String expected) {
        return new AdoError(412, "TestPatchOperationFailedException", PATCH,
                "VS403351: Test Operation for path " + path + " failed, value " + actual
                        + " was not equal to test value " + expected + ".");
    }

    /** {@return ADO's error: a second parent} */
    public static AdoError secondParent(int parent, int child) {
        return new AdoError(400, "WorkItemLinkInvalidException", WIT,
                "TF201036: You cannot add a Child link between work items " + parent + " and " + child
                        + " because a work item can have only one Parent link.");
    }

    /** {@return ADO's error: an unknown work item type} */
    public static AdoError unknownType(String type) {
        return new AdoError(404, "WorkItemTypeNotFoundException", WIT,
                "VS402323: Work item type " + type + " does not exist.");
    }

    /** {@return a bad request about the patch document or the request} */
    public static AdoError badRequest(String message) {
        return AdoError.badRequest(message);
    }

    /** {@return the error for more than 200 ids in one read} */
    public static AdoError tooManyIds(int count) {
        return AdoError.badRequest("The number of work item ids requested, " + count
                + ", exceeds the limit of 200 per request.");
    }

    /** {@return the error for an unknown comment} */
    public static AdoError commentNotFound(int workItem, int comment) {
        return new AdoError(404, "WorkItemCommentNotFoundException", WIT,
                "VS402344: The comment " + comment + " of work item " + workItem + " does not exist.");
    }

    /** {@return the error for an unknown attachment} */
    public static AdoError attachmentNotFound(String id) {
        return new AdoError(404, "AttachmentNotFoundException", WIT,
                "TF401008: The attachment " + id + " does not exist.");
    }
}
