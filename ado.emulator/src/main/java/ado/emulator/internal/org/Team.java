package ado.emulator.internal.org;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A team of a project, with its members (the first is the team administrator). */
public record Team(UUID id, UUID projectId, String name, String description, List<UUID> members) {

    /** Checks the fields. */
    public Team {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(projectId, "projectId == null");
        Objects.requireNonNull(name, "name == null");
        members = List.copyOf(members);
    }
}
