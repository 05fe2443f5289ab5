package ado.oop;

import ado.model.distributedtask.SecureFiles;
import java.util.UUID;

/**
 * A secure file of a project's pipelines library (its content is never readable). A new object per call.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class SecureFile {

    private final Project project;
    private final ado.model.distributedtask.SecureFile info;

    SecureFile(Project project, ado.model.distributedtask.SecureFile info) {
        this.project = project;
        this.info = info;
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the id} */
    public UUID id() {
        return info.id();
    }

    /** {@return the file name} */
    public String name() {
        return info.name();
    }

    /** {@return the metadata as listed or uploaded} */
    public ado.model.distributedtask.SecureFile info() {
        return info;
    }

    /** Deletes the secure file. */
    public void delete() {
        SecureFiles.delete(project.api(), info.id());
    }

    @Override
    public String toString() {
        return "SecureFile[" + Describe.quote(info.name()) + " " + info.id() + "]";
    }
}
