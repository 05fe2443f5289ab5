package ado.emulator.internal.work;

import java.util.Objects;

/**
 * A work item field of the organisation.
 *
 * @param referenceName e.g. {@code System.Title}
 * @param name          the display name
 * @param type          ADO's type name: {@code string}, {@code html}, {@code integer}, {@code treePath}, ...
 * @param readOnly      whether clients may not set it
 * @param description   the description, may be empty
 * @param custom        whether the organisation added it
 */
public record FieldDef(String referenceName, String name, String type, boolean readOnly, String description,
                       boolean custom) {

    /** Checks the fields. */
    public FieldDef {
        Objects.requireNonNull(referenceName, "referenceName == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(type, "type == null");
        description = description == null ? "" : description;
    }

    /** {@return whether it holds identities} */
    public boolean identity() {
        return type.equals("identity");
    }
}
