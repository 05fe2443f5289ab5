package ado.model.work.process;

import ado.model.internal.Checks;

/**
 * What a rule does, such as {@code makeRequired Microsoft.VSTS.Common.Priority}.
 *
 * @param actionType  the action, such as {@code makeRequired}, {@code makeReadOnly}, {@code setDefaultValue}
 * @param targetField the field reference name
 * @param value       the value, or {@code null}
 */
public record RuleAction(String actionType, String targetField, String value) {

    /**
     * Checks the action type and target.
     *
     * @param actionType  the action, such as {@code makeRequired}, {@code makeReadOnly}, {@code setDefaultValue}
     * @param targetField the field reference name
     * @param value       the value, or {@code null}
     * @throws NullPointerException     if {@code actionType} or {@code targetField} is null
     * @throws IllegalArgumentException if {@code actionType} or {@code targetField} is blank
     */
    public RuleAction {
        Checks.nonBlank(actionType, "actionType");
        Checks.nonBlank(targetField, "targetField");
    }
}
