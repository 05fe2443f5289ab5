package ado.emulator.internal.work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A work item type of a process: states (in order), allowed transitions, fields and rules. Mutable under the store
 * lock.
 */
public final class WitDef {

    final String referenceName;
    final String name;
    String description;
    String color;
    String icon;
    final String inherits;
    final String customization;
    boolean disabled;
    final String category;
    final List<StateDef> states = new ArrayList<>();
    final Map<String, FieldUse> fields = new LinkedHashMap<>();
    final List<RuleDef> rules = new ArrayList<>();
    /** For each state name, the states it may move to. */
    final Map<String, Set<String>> transitions = new LinkedHashMap<>();

    WitDef(String referenceName, String name, String description, String color, String icon, String inherits,
           String customization, String category) {
        this.referenceName = referenceName;
        this.name = name;
        this.description = description;
        this.color = color;
        this.icon = icon;
        this.inherits = inherits;
        this.customization = customization;
        this.category = category;
    }

    /** {@return a deep copy as an inherited process holds it} */
    WitDef inheritedCopy() {
        var t = new WitDef(referenceName, name, description, color, icon, inherits, "inherited", category);
        t.disabled = disabled;
        states.forEach(s -> t.states.add(s.copy("inherited")));
        fields.forEach((k, f) -> t.fields.put(k, f.copy("inherited")));
        rules.forEach(r -> t.rules.add(r.copy("inherited")));
        transitions.forEach((k, v) -> t.transitions.put(k, new LinkedHashSet<>(v)));
        return t;
    }

    /** {@return the reference name} */
    public String referenceName() {
        return referenceName;
    }

    /** {@return the display name} */
    public String name() {
        return name;
    }

    /** {@return the description} */
    public String description() {
        return description;
    }

    /** {@return the colour, hex digits} */
    public String color() {
        return color;
    }

    /** {@return the icon id} */
    public String icon() {
        return icon;
    }

    /** {@return the reference name of the type it derives from, or {@code null}} */
    public String inherits() {
        return inherits;
    }

    /** {@return system, inherited or custom} */
    public String customization() {
        return customization;
    }

    /** {@return whether new work items of this type are refused} */
    public boolean disabled() {
        return disabled;
    }

    /** {@return the category reference name, such as {@code Microsoft.RequirementCategory}, or {@code null}} */
    public String category() {
        return category;
    }

    /** {@return the visible states, in order} */
    public List<StateDef> states() {
        return states.stream().filter(s -> !s.hidden).sorted(java.util.Comparator.comparingInt(s -> s.order))
                .toList();
    }

    /** {@return the state named {@code name} (case-insensitive)} */
    public Optional<StateDef> state(String name) {
        return states.stream().filter(s -> s.name.equalsIgnoreCase(name)).findFirst();
    }

    /** {@return the fields, by reference name} */
    public Map<String, FieldUse> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** {@return the rules} */
    public List<RuleDef> rules() {
        return List.copyOf(rules);
    }

    /** {@return the states a work item in {@code state} may move to (visible states only)} */
    public Set<String> transitionsFrom(String state) {
        Set<String> visible = new LinkedHashSet<>();
        states().forEach(s -> visible.add(s.name));
        Set<String> out = new LinkedHashSet<>();
        transitions.getOrDefault(state, Set.of()).stream().filter(visible::contains).forEach(out::add);
        return out;
    }

    /** {@return the first visible state: the state new work items get} */
    public String initialState() {
        return states().get(0).name;
    }

    /** {@return the fields that must have a value: required fields and unconditional makeRequired rules} */
    public Set<String> requiredFields() {
        Set<String> out = new LinkedHashSet<>();
        fields.values().stream().filter(f -> f.required).forEach(f -> out.add(f.referenceName));
        rules.stream().map(RuleDef::alwaysRequired).filter(java.util.Objects::nonNull).forEach(out::add);
        return out;
    }
}
