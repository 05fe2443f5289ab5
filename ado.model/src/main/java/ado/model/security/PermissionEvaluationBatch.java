package ado.model.security;

import ado.model.internal.Copies;
import java.util.List;

/**
 * A batch of permission questions and, in the answer, their values.
 *
 * @param alwaysAllowAdministrators whether administrators are always allowed
 * @param evaluations               the questions
 */
public record PermissionEvaluationBatch(boolean alwaysAllowAdministrators, List<PermissionEvaluation> evaluations) {

    /**
     * Copies the evaluations.
     *
     * @param alwaysAllowAdministrators whether administrators are always allowed
     * @param evaluations               the questions
     */
    public PermissionEvaluationBatch {
        evaluations = Copies.list(evaluations, "evaluations");
    }
}
