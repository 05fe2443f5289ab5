package ado.model.work.process;

import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A process.
 *
 * @param typeId              the process id
 * @param name                the name, such as {@code Agile}
 * @param referenceName       the reference name, or {@code null}
 * @param description         the description, or {@code null}
 * @param parentProcessTypeId the system process an inherited process derives from, or {@code null}
 * @param isEnabled           whether new projects may use it, or {@code null}
 * @param isDefault           whether new projects get it by default, or {@code null}
 * @param customizationType   system, inherited or custom, or {@code null}
 * @param projects            the projects using it (with {@code $expand=projects}); empty otherwise
 */
public record ProcessInfo(UUID typeId, String name, String referenceName, String description,
                          UUID parentProcessTypeId, Boolean isEnabled, Boolean isDefault,
                          CustomizationType customizationType, List<ProcessProject> projects) {

    /**
     * Checks the id and name and copies the projects.
     *
     * @param typeId              the process id
     * @param name                the name, such as {@code Agile}
     * @param referenceName       the reference name, or {@code null}
     * @param description         the description, or {@code null}
     * @param parentProcessTypeId the system process an inherited process derives from, or {@code null}
     * @param isEnabled           whether new projects may use it, or {@code null}
     * @param isDefault           whether new projects get it by default, or {@code null}
     * @param customizationType   system, inherited or custom, or {@code null}
     * @param projects            the projects using it (with {@code $expand=projects}); empty otherwise
     * @throws NullPointerException     if {@code typeId} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public ProcessInfo {
        Objects.requireNonNull(typeId, "typeId == null");
        Checks.nonBlank(name, "name");
        projects = Copies.list(projects, "projects");
    }
}
