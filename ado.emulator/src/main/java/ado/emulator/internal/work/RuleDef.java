package ado.emulator.internal.work;

import ado.core.json.JsonObject;
import java.util.List;
import java.util.UUID;

/** A rule of a work item type in a process; mutable under the store lock. */
public final class RuleDef {

    final UUID id;
    String name;
    List<JsonObject> conditions;
    List<JsonObject> actions;
    boolean disabled;
    final String customization;

    RuleDef(UUID id, String name, List<JsonObject> conditions, List<JsonObject> actions, boolean disabled,
            String customization) {
        this.id = id;
        this.name = name;
        this.conditions = List.copyOf(conditions);
        this.actions = List.copyOf(actions);
        this.disabled = disabled;
        this.customization = customization;
    }

    RuleDef copy(String customization) {
        return new RuleDef(id, name, conditions, actions, disabled, customization);
    }

    /** {@return the id} */
    public UUID id() {
        return id;
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the conditions as wire objects ({@code conditionType}, {@code field}, {@code value})} */
    public List<JsonObject> conditions() {
        return conditions;
    }

    /** {@return the actions as wire objects ({@code actionType}, {@code targetField}, {@code value})} */
    public List<JsonObject> actions() {
        return actions;
    }

    /** {@return whether it is off} */
    public boolean disabled() {
        return disabled;
    }

    /** {@return system, inherited or custom} */
    public String customization() {
        return customization;
    }

    /** {@return the field this rule makes always required (no conditions, not disabled), or {@code null}} */
    String alwaysRequired() {
        if (disabled || !conditions.isEmpty()) {
            return null;
        }
        return actions.stream().filter(a -> "makeRequired".equals(a.string("actionType").orElse("")))
                .map(a -> a.string("targetField").orElse(null)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }
}
