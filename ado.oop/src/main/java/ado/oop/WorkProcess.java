package ado.oop;

import ado.model.work.process.ProcessBehavior;
import ado.model.work.process.ProcessBehaviorRequest;
import ado.model.work.process.ProcessInfo;
import ado.model.work.process.ProcessUpdate;
import ado.model.work.process.ProcessWorkItemType;
import ado.model.work.process.ProcessWorkItemTypeExpand;
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

    /**
     * {@return the work item types with their states; one request ({@code $expand=states}), so reading every type's
     * states, fields and rules takes 1 + 2N requests for N types (the 7.1 API has no {@code $expand} for fields or
     * rules)}
     */
    public List<ProcessType> workItemTypes() {
        return Processes.workItemTypes(organization.api(), id(), ProcessWorkItemTypeExpand.STATES).stream()
                .map(t -> new ProcessType(this, t)).toList();
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

    /** {@return the behaviours (backlog levels) of this process; one request} */
    public List<ProcessBehavior> behaviors() {
        return Processes.behaviors(organization.api(), id());
    }

    /**
     * {@return a new behaviour (backlog level) of this inherited process; one request}
     *
     * <pre>{@code
     * ProcessBehavior initiatives = project.process().createBehavior(
     *         new ProcessBehaviorRequest("Initiatives", "00AA00", "Above epics", null, null));
     * }</pre>
     *
     * @param request the name, colour and description (and, optionally, reference name and parent behaviour)
     * @throws NullPointerException if {@code request} or its name is null
     * @throws IllegalArgumentException if the name is blank
     */
    public ProcessBehavior createBehavior(ProcessBehaviorRequest request) {
        return Processes.createBehavior(organization.api(), id(), request);
    }

    /**
     * {@return behaviour {@code referenceName} after {@code changes}; one request (PUT, as the 7.1 spec says)}
     *
     * @param referenceName the behaviour's reference name
     * @param changes the new name, colour or description ({@code null} components are not sent)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code referenceName} is blank
     */
    public ProcessBehavior updateBehavior(String referenceName, ProcessBehaviorRequest changes) {
        return Processes.updateBehavior(organization.api(), id(), referenceName, changes);
    }

    /**
     * Deletes custom behaviour {@code referenceName} of this process.
     *
     * @param referenceName the behaviour's reference name
     * @throws NullPointerException if {@code referenceName} is null
     * @throws IllegalArgumentException if {@code referenceName} is blank
     */
    public void deleteBehavior(String referenceName) {
        Processes.deleteBehavior(organization.api(), id(), referenceName);
    }

    void offer(ProcessInfo value) {
        self.set(value);
    }

    @Override
    public String toString() {
        return "WorkProcess[" + self.ifLoaded(p -> Describe.quote(p.name()) + " ") + id() + "]";
    }
}
