package ado.emulator.internal.git;

import java.util.Objects;
import java.util.UUID;

/** A ref: full name ({@code refs/heads/main}), the object it points at, and the identity that created it. */
public record Ref(String name, ObjectId objectId, UUID creator) {

    /** Checks the fields. */
    public Ref {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(objectId, "objectId == null");
        Objects.requireNonNull(creator, "creator == null");
    }
}
