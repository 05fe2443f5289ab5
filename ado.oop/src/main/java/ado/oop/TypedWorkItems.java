package ado.oop;

import ado.core.json.JsonCodec;
import ado.model.wit.WorkItemBatchRequest;
import ado.model.wit.WorkItemErrorPolicy;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemPatch;
import ado.model.wit.WorkItems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A project's work items read into, created from and updated from your own record type: each component of the
 * record carries {@link Field} with the reference name of the work item field it holds. Reads ask only for those
 * fields ({@code fields=}); an update sends only the fields that changed, with a {@code test} of the revision.
 *
 * <pre>{@code
 * record Bug(@Field("System.Id") int id, @Field("System.Rev") int rev,
 *            @Field("System.Title") String title,
 *            @Field("Microsoft.VSTS.Common.Priority") int priority,
 *            @Field("System.AssignedTo") Optional<IdentityRef> assignedTo,
 *            @Field("System.CreatedDate") Instant created) {
 *
 *     Bug withPriority(int p) {
 *         return new Bug(id, rev, title, p, assignedTo, created);
 *     }
 * }
 *
 * void triage(Project project) {
 *     TypedWorkItems<Bug> bugs = project.workItems(Bug.class);
 *     Bug bug = bugs.create("Bug", new Bug(0, 0, "Login fails", 2, Optional.empty(), null));
 *     Bug urgent = bugs.update(bug, bug.withPriority(1));   // sends Priority only, with test /rev
 * }
 * }</pre>
 *
 * <p><b>Field types.</b> A component's Java type follows the field's ADO type ({@link ado.model.wit.FieldType}):
 * <ul>
 *   <li>{@code string}, {@code plainText}, {@code html}, {@code history}, {@code treePath} (backslash-separated),
 *       {@code picklistString}: {@code String}</li>
 *   <li>{@code integer}, {@code picklistInteger}: {@code int}, {@code Integer}, {@code long} or {@code Long}</li>
 *   <li>{@code double}, {@code picklistDouble}: {@code double} or {@code Double}</li>
 *   <li>{@code dateTime}: {@code Instant}</li>
 *   <li>{@code boolean}: {@code boolean} or {@code Boolean}</li>
 *   <li>{@code identity}: {@link ado.model.IdentityRef} (written with its id, display name, unique name and
 *       descriptor)</li>
 *   <li>{@code guid}: {@code UUID}</li>
 *   <li>{@code System.Tags}: {@code List<String>} (or {@code String}); any field: {@link ado.core.json.JsonValue},
 *       the value as the server sent it</li>
 * </ul>
 *
 * <p><b>Empty fields.</b> A field without a value reads as {@code Optional.empty()} for an {@code Optional}
 * component, {@code null} for any other reference type and an empty list for tags; a primitive component needs a
 * value, so reading a work item without one fails with an {@link ado.core.error.AdoJsonException} naming the work
 * item, the field and the component. Writing, an empty or {@code null} value is left out of a new work item and
 * removes the field in an update.
 *
 * <p><b>Checks.</b> The record is checked when first used (then cached, per class): a class that is not a record, a
 * component without {@link Field}, of an unsupported type or mapping the same field as another, and a record ado4j may
 * not reach (in a module that neither opens nor exports its package to {@code ado.oop}) give an
 * {@link IllegalArgumentException} naming the record and the component (or the {@code opens} line to add).
 * {@code System.Id} and {@code System.Rev} are read from the work item's id and revision and never written as fields.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 *
 * @param <R> the record type
 */
public final class TypedWorkItems<R extends Record> {

    private final Project project;
    private final WorkItemMapping<R> mapping;

    TypedWorkItems(Project project, Class<R> type) {
        this.project = Objects.requireNonNull(project, "project == null");
        this.mapping = WorkItemMapping.of(type);
    }

    /** {@return the project these work items belong to} */
    public Project project() {
        return project;
    }

    /** {@return the record type} */
    public Class<R> type() {
        return mapping.type();
    }

    /** {@return the fields the record's components hold, in their order: what reads ask for} */
    public List<WorkItemFieldName> fields() {
        return mapping.fields();
    }

    /**
     * {@return work item {@code id} as the record; one request for its mapped fields only}
     *
     * @param id the work item id
     * @throws ado.core.error.AdoNotFoundException if there is no such work item
     * @throws ado.core.error.AdoBadRequestException if a mapped field does not exist in the organisation
     * @throws ado.core.error.AdoJsonException if a value does not fit its component, or a primitive one is empty
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public R get(int id) {
        return mapping.read(WorkItems.get(project.api(), id, mapping.fields(), null), codec());
    }

    /**
     * {@return the work items {@code ids} as records, in that order}, read 200 at a time with their mapped fields only
     *
     * @param ids the work item ids
     * @throws ado.core.error.AdoNotFoundException if an id does not exist or is deleted; nothing is returned then
     * @throws ado.core.error.AdoJsonException if a value does not fit its component, or a primitive one is empty
     * @throws NullPointerException if {@code ids} is or contains null
     */
    public List<R> get(List<Integer> ids) {
        Objects.requireNonNull(ids, "ids == null");
        var out = new ArrayList<R>(ids.size());
        WorkItemBatches.split(List.copyOf(ids)).forEach(b -> out.addAll(fetch(b, WorkItemErrorPolicy.FAIL)));
        return out;
    }

    /**
     * {@return the work items {@code wiql} returns, in its order, as records in a lazy stream}: the query runs on the
     * first pull and the records are read 200 at a time as the stream reaches them; work items deleted since the
     * query ran are skipped
     *
     * @param wiql the WIQL query
     * @throws ado.core.error.AdoBadRequestException if the statement is not valid (on the first pull)
     * @throws NullPointerException if {@code wiql} is null
     */
    public Stream<R> query(String wiql) {
        Objects.requireNonNull(wiql, "wiql == null");
        return IdBatches.fromIterator(() -> project.queryIds(wiql).iterator(), WorkItemBatchRequest.MAX_IDS,
                b -> fetch(b, WorkItemErrorPolicy.OMIT));
    }

    private List<R> fetch(List<Integer> batch, WorkItemErrorPolicy policy) {
        JsonCodec codec = codec();
        return WorkItems.batch(project.api(), WorkItemBatchRequest.builder(batch).fields(mapping.fields())
                .errorPolicy(policy).build()).stream().filter(Objects::nonNull).map(w -> mapping.read(w, codec))
                .toList();
    }

    /**
     * {@return the new work item of type {@code workItemType} with the fields of {@code values}, as the record} (with
     * the id, revision and every field the server filled in); components without a value and the id and revision
     * are not sent
     *
     * @param workItemType the work item type, such as {@code Bug}
     * @param values the fields of the new work item
     * @throws ado.core.error.AdoBadRequestException if a rule fails, a field is unknown or read-only, or a path does
     *                                               not exist
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code workItemType} is blank or {@code values} has no value to send
     */
    public R create(String workItemType, R values) {
        Objects.requireNonNull(workItemType, "workItemType == null");
        ado.model.wit.WorkItem created = WorkItems.create(project.api(), workItemType,
                WorkItemPatch.of(mapping.values(values)));
        project.workItem(created.id()).offer(created);
        return mapping.read(created, codec());
    }

    /**
     * {@return the work item after writing the fields that differ between {@code before} and {@code after}, as the
     * record}; nothing is sent when none differs ({@code before} is returned). The patch sets only the changed fields
     * ({@code remove} for one that became empty) after a {@code test} that the work item is still at
     * {@code before}'s revision, so a change someone made since {@code before} was read fails the update instead of
     * being overwritten. The record must map {@code System.Id} and {@code System.Rev}.
     *
     * @param before the work item as read
     * @param after  a changed copy of {@code before}
     * @throws ado.core.error.AdoPreconditionFailedException if the work item changed since {@code before} was read;
     *                                                       nothing changes: read it again and reapply
     * @throws ado.core.error.AdoBadRequestException if a rule fails or a changed field is read-only; nothing changes
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the record maps no {@code System.Id} or {@code System.Rev}, {@code before}
     *                                  has none, or {@code after} is another work item
     */
    public R update(R before, R after) {
        Objects.requireNonNull(before, "before == null");
        Objects.requireNonNull(after, "after == null");
        String name = type().getSimpleName();
        for (WorkItemFieldName f : List.of(WorkItemFieldName.ID, WorkItemFieldName.REV)) {
            if (!mapping.maps(f)) {
                throw new IllegalArgumentException("update needs the work item id and the revision the copy was read "
                        + "at: record " + type().getName() + " has no component with @Field(\"" + f + "\")");
            }
        }
        int id = mapping.id(before).orElseThrow(() -> new IllegalArgumentException(
                "before has no work item id (System.Id is 0 or empty): " + name + " not read from a work item?"));
        int rev = mapping.rev(before).orElseThrow(() -> new IllegalArgumentException(
                "before (work item " + id + ") has no revision (System.Rev is 0 or empty)"));
        int afterId = mapping.id(after).orElse(0);
        if (afterId != id) {
            throw new IllegalArgumentException("before and after are different work items: " + id + " and " + afterId);
        }
        Map<WorkItemFieldName, Object> changes = mapping.changes(before, after);
        if (changes.isEmpty()) {
            return before;
        }
        ado.model.wit.WorkItem updated = WorkItems.update(project.api(), id,
                WorkItemPatch.builder().testRev(rev).fields(changes).build());
        project.workItem(id).offerIfLoaded(updated);
        return mapping.read(updated, codec());
    }

    private JsonCodec codec() {
        return project.organization().service().client().codec();
    }

    @Override
    public String toString() {
        return "TypedWorkItems[" + type().getSimpleName() + " in " + project + "]";
    }
}
