package ado.emulator.internal.org;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A project. */
public record Project(UUID id, String name, String description, long revision, Instant lastUpdateTime,
                      UUID defaultTeamId) {

    /** Checks the fields. */
    public Project {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(lastUpdateTime, "lastUpdateTime == null");
        Objects.requireNonNull(defaultTeamId, "defaultTeamId == null");
    }
}
