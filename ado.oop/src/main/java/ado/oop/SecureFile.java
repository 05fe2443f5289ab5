package ado.oop;

import ado.model.distributedtask.SecureFiles;
import java.util.UUID;

/**
 * A secure file of a project's pipelines library (its content is never readable). One object per secure file and
 * project per service; its metadata loads on first use ({@link PipelineResources#secureFile(UUID)}) or comes with the
 * list, lookup or upload that found it.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per secure file per service; its metadata loads once even when
 * threads ask together, and a newer record (a list, a lookup, {@link #refresh()}) replaces it whole, never mixed.
 */
public final class SecureFile {

    private final Project project;
    private final Resource<UUID, ado.model.distributedtask.SecureFile> self;

    private SecureFile(Project project, UUID id) {
        this.project = project;
        this.self = new Resource<>(id, k -> SecureFiles.get(project.api(), k));
    }

    /** {@return the one object of secure file {@code id} in {@code project}; no request} */
    static SecureFile of(Project project, UUID id) {
        return project.identities().byId(SecureFile.class, "secureFile", project, id,
                () -> new SecureFile(project, id));
    }

    /** {@return the one object of the secure file {@code record} describes, holding {@code record}} */
    static SecureFile of(Project project, ado.model.distributedtask.SecureFile record) {
        SecureFile f = of(project, record.id());
        f.self.set(record);
        return f;
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the id; no request} */
    public UUID id() {
        return self.key();
    }

    /** {@return the file name} */
    public String name() {
        return info().name();
    }

    /** {@return the metadata, loaded on first use (a file from a list, lookup or upload starts loaded)} */
    public ado.model.distributedtask.SecureFile info() {
        return self.get();
    }

    /**
     * {@return this secure file after loading its metadata again; one request}
     *
     * @throws ado.core.error.AdoNotFoundException if the secure file no longer exists
     */
    public SecureFile refresh() {
        return self.refresh(this);
    }

    /** Deletes the secure file. */
    public void delete() {
        SecureFiles.delete(project.api(), id());
    }

    @Override
    public String toString() {
        return "SecureFile[" + self.ifLoaded(f -> Describe.quote(f.name()) + " ") + id() + " in " + project.label()
                + "]";
    }
}
