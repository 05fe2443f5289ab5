package ado.model.work.process;

import ado.model.internal.Checks;
import java.util.Objects;
import java.util.UUID;

/**
 * A new inherited process.
 *
 * @param name                the name
 * @param parentProcessTypeId the system process to inherit from
 * @param description         the description, or {@code null}
 * @param referenceName       the reference name, or {@code null} to let ADO choose
 */
public record ProcessCreate(String name, UUID parentProcessTypeId, String description, String referenceName) {

    /**
     * Checks the name and parent.
     *
     * @param name                the name
     * @param parentProcessTypeId the system process to inherit from
     * @param description         the description, or {@code null}
     * @param referenceName       the reference name, or {@code null} to let ADO choose
     * @throws NullPointerException     if {@code name} or {@code parentProcessTypeId} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public ProcessCreate {
        Checks.nonBlank(name, "name");
        Objects.requireNonNull(parentProcessTypeId, "parentProcessTypeId == null");
    }
}
