package ado.emulator.internal.work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A process: system (read-only) or inherited from one. Mutable under the store lock. */
public final class Process {

    final UUID id;
    String name;
    final String referenceName;
    String description;
    final UUID parent;
    boolean enabled = true;
    boolean isDefault;
    final Map<String, WitDef> types = new LinkedHashMap<>();
    final Map<String, BehaviorDef> behaviors = new LinkedHashMap<>();

    Process(UUID id, String name, String referenceName, String description, UUID parent) {
        this.id = id;
        this.name = name;
        this.referenceName = referenceName;
        this.description = description;
        this.parent = parent;
    }

    /** {@return the id (typeId)} */
    public UUID id() {
        return id;
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the reference name} */
    public String referenceName() {
        return referenceName;
    }

    /** {@return the description} */
    public String description() {
        return description;
    }

    /** {@return the system process it inherits from, or {@code null} for a system process} */
    public UUID parent() {
        return parent;
    }

    /** {@return whether this is a read-only system process} */
    public boolean system() {
        return parent == null;
    }

    /** {@return {@code system} or {@code inherited}} */
    public String customizationType() {
        return system() ? "system" : "inherited";
    }

    /** {@return whether new projects may use it} */
    public boolean enabled() {
        return enabled;
    }

    /** {@return whether new projects get it by default} */
    public boolean isDefault() {
        return isDefault;
    }

    /** {@return the work item types, in definition order} */
    public List<WitDef> types() {
        return new ArrayList<>(types.values());
    }

    /** {@return the type whose name or reference name is {@code nameOrRef} (case-insensitive)} */
    public Optional<WitDef> type(String nameOrRef) {
        return types.values().stream().filter(t -> t.name.equalsIgnoreCase(nameOrRef)
                || t.referenceName.equalsIgnoreCase(nameOrRef)).findFirst();
    }

    /** {@return the behaviours, by rank descending} */
    public List<BehaviorDef> behaviors() {
        var list = new ArrayList<>(behaviors.values());
        list.sort((a, b) -> Integer.compare(b.rank, a.rank));
        return list;
    }
}
