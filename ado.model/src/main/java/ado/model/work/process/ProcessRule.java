package ado.model.work.process;

import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.UUID;

/**
 * A rule of a process's work item type; requests leave out the id, customisation and URL.
 *
 * @param id                the rule id, or {@code null} on requests
 * @param name              the name
 * @param conditions        when the rule applies
 * @param actions           what it does
 * @param isDisabled        whether it is off, or {@code null}
 * @param customizationType system, inherited or custom, or {@code null}
 * @param url               the REST URL, or {@code null}
 */
public record ProcessRule(UUID id, String name, List<RuleCondition> conditions, List<RuleAction> actions,
                          Boolean isDisabled, CustomizationType customizationType, String url) {

    /**
     * Checks the name and copies the lists.
     *
     * @param id                the rule id, or {@code null} on requests
     * @param name              the name
     * @param conditions        when the rule applies
     * @param actions           what it does
     * @param isDisabled        whether it is off, or {@code null}
     * @param customizationType system, inherited or custom, or {@code null}
     * @param url               the REST URL, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public ProcessRule {
        Checks.nonBlank(name, "name");
        conditions = Copies.list(conditions, "conditions");
        actions = Copies.list(actions, "actions");
    }

    /**
     * {@return a rule to create}
     *
     * @param name       the rule's name
     * @param conditions when the rule applies; {@code null} for none
     * @param actions    what it does; {@code null} for none
     * @throws NullPointerException     if {@code name} or an element is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static ProcessRule of(String name, List<RuleCondition> conditions, List<RuleAction> actions) {
        return new ProcessRule(null, name, conditions, actions, false, null, null);
    }
}
