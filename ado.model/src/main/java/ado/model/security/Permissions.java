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

    /**
     * {@return for each of {@code tokens}, whether the caller has every bit of {@code permissions} there}
     *
     * @param org         the organisation scope ({@code client.api()})
     * @param namespaceId the security namespace
     * @param permissions the permission bits, positive
     * @param tokens      the secured resources' tokens, at least one
     * @throws NullPointerException     if {@code namespaceId}, {@code tokens} or one of them is null
     * @throws IllegalArgumentException if {@code permissions} is not positive, {@code tokens} is empty or one of
     *                                  them is blank
     */
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

    /**
     * {@return the evaluations with their {@code value}s filled in}
     *
     * @param org                       the organisation scope ({@code client.api()})
     * @param evaluations               the questions, such as {@link PermissionEvaluation#of}, at least one
     * @param alwaysAllowAdministrators whether administrators are always answered yes
     * @throws NullPointerException     if {@code evaluations} is null
     * @throws IllegalArgumentException if {@code evaluations} is empty
     */
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
