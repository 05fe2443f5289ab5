package ado.emulator.internal.wiql;

import ado.emulator.internal.http.AdoError;

/**
 * The errors of the WIQL engine and the saved-query store, as Azure DevOps words them. TF51005 (unknown field),
 * VS402337 (result size limit) and TF401243 (query not found) follow messages reported from the service; the
 * TF51006 syntax messages keep ADO's "The error is caused by «token»" form and add the position, which ADO does
 * not.
 */
public final class WiqlErrors {

    /** ADO's limit on the number of work items a query may return without {@code $top}. */
    public static final int RESULT_LIMIT = 20_000;
    private static final String WIT = "Microsoft.TeamFoundation.WorkItemTracking.Server";

    private WiqlErrors() {
    }

    /** {@return 400 TF51006: the statement is not valid, naming {@code problem} and the token at fault} */
    static AdoError syntax(String problem, Token at) {
        return new AdoError(400, "ValidationException", WIT, "TF51006: The query statement is not valid: " + problem
                + " (at character " + at.position() + "). The error is caused by " + at.quoted() + ".");
    }

    /** {@return 400 TF51006: the statement has no FROM clause} */
    static AdoError missingFrom(Token at) {
        return new AdoError(400, "ValidationException", WIT, "TF51006: The query statement is missing a FROM "
                + "clause (at character " + at.position() + "). The error is caused by " + at.quoted() + ".");
    }

    /** {@return 400 TF51005: a field that does not exist} */
    static AdoError unknownField(Token at) {
        return new AdoError(400, "ValidationException", WIT, "TF51005: The query references a field that does "
                + "not exist. The error is caused by «[" + at.text() + "]».");
    }

    /** {@return 400 VS402337: more than {@value #RESULT_LIMIT} results} */
    static AdoError tooManyResults() {
        return new AdoError(400, "ValidationException", WIT, "VS402337: The number of work items returned "
                + "exceeds the size limit of " + RESULT_LIMIT + ". Change the query to return fewer items.");
    }

    /** {@return 404 TF401243: no query or folder {@code idOrPath}} */
    public static AdoError queryNotFound(String idOrPath) {
        return new AdoError(404, "QueryItemNotFoundException", WIT, "TF401243: The query " + idOrPath
                + " does not exist, or you do not have permission to read it.");
    }

    /** {@return 400: an invalid saved-query request} */
    public static AdoError badQueryItem(String message) {
        return new AdoError(400, "QueryException", WIT, message);
    }

    /** {@return 409: a query or folder of that name exists in the folder} */
    public static AdoError queryExists(String name, String folder) {
        return new AdoError(409, "QueryItemAlreadyExistsException", WIT, "A query or folder named '"
                + name + "' already exists in " + folder + ".");
    }
}
