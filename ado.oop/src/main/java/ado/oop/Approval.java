package ado.oop;

import ado.model.pipelines.ApprovalStatus;
import ado.model.pipelines.Approvals;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An approval holding a stage of a run; answer it with {@link #approve} or {@link #reject}.
 *
 * <p><b>Thread safety.</b> Thread-safe: it holds the approval last read or answered (a reader sees one or the
 * other).
 */
public final class Approval {

    private final Project project;
    private volatile ado.model.pipelines.Approval info;

    Approval(Project project, ado.model.pipelines.Approval info) {
        this.project = project;
        this.info = Objects.requireNonNull(info, "info == null");
    }

    /** {@return the approval id} */
    public UUID id() {
        return info.id();
    }

    /** {@return the approval as last read} */
    public ado.model.pipelines.Approval info() {
        return info;
    }

    /** {@return the status as last read} */
    public ApprovalStatus status() {
        return info.status();
    }

    /** {@return the build the approval holds; empty if the server did not say} */
    public Optional<Build> build() {
        return Optional.ofNullable(info.runId()).map(project::build);
    }

    /**
     * {@return this approval after approving it}
     *
     * @param comment a comment for the record, or {@code null}
     * @throws ado.core.error.AdoBadRequestException if it was answered already
     */
    public Approval approve(String comment) {
        info = Approvals.approve(project.api(), id(), comment);
        return this;
    }

    /**
     * {@return this approval after rejecting it}
     *
     * @param comment a comment for the record, or {@code null}
     * @throws ado.core.error.AdoBadRequestException if it was answered already
     */
    public Approval reject(String comment) {
        info = Approvals.reject(project.api(), id(), comment);
        return this;
    }

    @Override
    public String toString() {
        return "Approval[" + id() + " " + status() + Describe.field("run", info.runId()) + " in "
                + project.label() + "]";
    }
}
