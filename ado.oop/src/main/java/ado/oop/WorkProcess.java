package ado.oop;

import ado.model.work.process.ProcessInfo;
import ado.model.work.process.ProcessUpdate;
import ado.model.work.process.ProcessWorkItemType;
import ado.model.work.process.ProcessWorkItemTypeRequest;
import ado.model.work.process.Processes;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A process of the organisation: a system process (Agile, Scrum, Basic: read-only) or one inherited from a system
 * process, which can be customised. One object per process per service.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per process per service; its details load once even when threads
 * ask together.
 */
public final class WorkProcess {

    private final Organization organization;
    private final Resource<UUID, ProcessInfo> self;

    WorkProcess(Organization organization, UUID id) {
        this.organization = organization;
        this.self = new Resource<>(id, k -> Processes.get(organization.api(), k));
    }

    /** {@return the organisation} */
    public Organization organization() {
        return organization;
    }

    /** {@return the process id (its {@code typeId})} */
    public UUID id() {
        return self.key();
    }

    /** {@return the process, loaded on first use} */
    public ProcessInfo info() {
        return self.get();
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return this process after loading it again} */
    public WorkProcess refresh() {
        return self.refresh(this);
    }

    /**
     * {@return this process after {@code update}; fails with ADO's error on a system process}
     *
     * @param update the changes
     */
    public WorkProcess update(ProcessUpdate update) {
        self.set(Processes.update(organization.api(), id(), update));
        return this;
    }

    /** Deletes this inherited process (Azure DevOps refuses while projects use it). */
    public void delete() {
        Processes.delete(organization.api(), id());
    }

    /** {@return the work item types; one request} */
    public List<ProcessType> workItemTypes() {
        return Processes.workItemTypes(organization.api(), id()).stream().map(t -> new ProcessType(this, t)).toList();
    }

    /**
     * {@return work item type {@code referenceName}; one request}
     *
     * @param referenceName the work item type reference name
     */
    public ProcessType workItemType(String referenceName) {
        return new ProcessType(this, Processes.workItemType(organization.api(), id(), referenceName));
    }

    /**
     * {@return a new custom work item type; one request}
     *
     * @param name the type name
     * @param description the description, or {@code null}
     * @param color the colour, hex RGB such as {@code 009CCC}
     */
    public ProcessType createWorkItemType(String name, String description, String color) {
        ProcessWorkItemType t = Processes.createWorkItemType(organization.api(), id(),
                ProcessWorkItemTypeRequest.create(Objects.requireNonNull(name, "name == null"), description, color));
        return new ProcessType(this, t);
    }

    void offer(ProcessInfo value) {
        self.set(value);
    }

    @Override
    public String toString() {
        return "WorkProcess[" + self.ifLoaded(p -> Describe.quote(p.name()) + " ") + id() + "]";
    }
}
