package ado.model.memberentitlement;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.model.internal.Copies;
import java.util.List;

/**
 * The answer to adding or updating a user entitlement.
 *
 * @param isSuccess        whether every operation succeeded
 * @param userEntitlement  the entitlement after the change, or {@code null} when it failed
 * @param operationResult  the result of an add (with {@code errors}), or {@code null}
 * @param operationResults the results of an update's operations; empty when absent
 */
public record UserEntitlementResult(boolean isSuccess, UserEntitlement userEntitlement, JsonObject operationResult,
                                    List<JsonValue> operationResults) {

    /**
     * Copies the results.
     *
     * @param isSuccess        whether every operation succeeded
     * @param userEntitlement  the entitlement after the change, or {@code null} when it failed
     * @param operationResult  the result of an add (with {@code errors}), or {@code null}
     * @param operationResults the results of an update's operations; empty when absent
     */
    public UserEntitlementResult {
        operationResults = Copies.list(operationResults, "operationResults");
    }
}
