package ado.emulator.internal.work;

/** A behaviour (backlog level) of a process; mutable under the store lock. */
public final class BehaviorDef {

    final String referenceName;
    String name;
    String description;
    String color;
    final int rank;
    final String customization;
    final String inherits;

    BehaviorDef(String referenceName, String name, String description, String color, int rank, String customization,
                String inherits) {
        this.referenceName = referenceName;
        this.name = name;
        this.description = description;
        this.color = color;
        this.rank = rank;
        this.customization = customization;
        this.inherits = inherits;
    }

    BehaviorDef copy(String customization) {
        return new BehaviorDef(referenceName, name, description, color, rank, customization, inherits);
    }

    /** {@return the reference name} */
    public String referenceName() {
        return referenceName;
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the description} */
    public String description() {
        return description;
    }

    /** {@return the colour} */
    public String color() {
        return color;
    }

    /** {@return the backlog level} */
    public int rank() {
        return rank;
    }

    /** {@return system, inherited or custom} */
    public String customization() {
        return customization;
    }

    /** {@return the reference name of the behaviour it derives from, or {@code null}} */
    public String inherits() {
        return inherits;
    }
}
