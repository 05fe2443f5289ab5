package ado.model.security;

import ado.core.ApiCall;
import ado.core.Body;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Evaluates the caller's permissions ({@code _apis/permissions} and {@code _apis/security/permissionevaluationbatch})
 * on the organisation scope, {@code client.api()}.
 */
public final class Permissions {

    private Permissions() {
    }

    /** {@return for each of {@code tokens}, whether the caller has every bit of {@code permissions} there} */
    public static List<Boolean> has(ApiCall org, UUID namespaceId, long permissions, List<String> tokens) {
        Objects.requireNonNull(namespaceId, "namespaceId == null");
        if (permissions <= 0) {
            throw new IllegalArgumentException("permissions must be positive bits: " + permissions);
        }
        Objects.requireNonNull(tokens, "tokens == null");
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("tokens must not be empty");
        }
        tokens.forEach(AccessControlLists::token);
        return org.apis("permissions", namespaceId.toString(), Long.toString(permissions))
                .query("tokens", tokens).get(AccessControlLists.API_VERSION).asList(Boolean.class);
    }

    /** {@return the evaluations with their {@code value}s filled in} */
    public static List<PermissionEvaluation> evaluate(ApiCall org, List<PermissionEvaluation> evaluations,
                                                      boolean alwaysAllowAdministrators) {
        Objects.requireNonNull(evaluations, "evaluations == null");
        if (evaluations.isEmpty()) {
            throw new IllegalArgumentException("evaluations must not be empty");
        }
        PermissionEvaluationBatch answer = org.apis("security", "permissionevaluationbatch")
                .post(AccessControlLists.API_VERSION)
                .body(Body.json(new PermissionEvaluationBatch(alwaysAllowAdministrators, evaluations)))
                .as(PermissionEvaluationBatch.class);
        return answer == null ? List.of() : answer.evaluations();
    }
}
