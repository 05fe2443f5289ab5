package ado.model.work.process;

import ado.model.internal.Checks;

/**
 * When a rule applies, such as {@code when System.State equals Active}.
 *
 * @param conditionType the condition, such as {@code when}, {@code whenNot}, {@code whenChanged}
 * @param field         the field reference name, or {@code null}
 * @param value         the value compared, or {@code null}
 */
public record RuleCondition(String conditionType, String field, String value) {

    /**
     * Checks the condition type.
     *
     * @param conditionType the condition, such as {@code when}, {@code whenNot}, {@code whenChanged}
     * @param field         the field reference name, or {@code null}
     * @param value         the value compared, or {@code null}
     * @throws NullPointerException     if {@code conditionType} is null
     * @throws IllegalArgumentException if {@code conditionType} is blank
     */
    public RuleCondition {
        Checks.nonBlank(conditionType, "conditionType");
    }
}
