package ado.emulator.internal.work;

import java.util.UUID;

/** A state of a work item type in a process; mutable under the store lock. */
public final class StateDef {

    final UUID id;
    String name;
    String color;
    final String category;
    int order;
    final String customization;
    boolean hidden;

    StateDef(UUID id, String name, String color, String category, int order, String customization) {
        this.id = id;
        this.name = name;
        this.color = color;
        this.category = category;
        this.order = order;
        this.customization = customization;
    }

    StateDef copy(String customization) {
        var s = new StateDef(id, name, color, category, order, customization);
        s.hidden = hidden;
        return s;
    }

    /** {@return the id} */
    public UUID id() {
        return id;
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the colour, hex digits} */
    public String color() {
        return color;
    }

    /** {@return the category: Proposed, InProgress, Resolved, Completed or Removed} */
    public String category() {
        return category;
    }

    /** {@return the position} */
    public int order() {
        return order;
    }

    /** {@return system, inherited or custom} */
    public String customization() {
        return customization;
    }

    /** {@return whether an inherited state is hidden} */
    public boolean hidden() {
        return hidden;
    }
}
