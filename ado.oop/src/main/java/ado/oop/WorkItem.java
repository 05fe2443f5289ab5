package ado.oop;

import ado.core.ApiCall;
import ado.core.error.AdoPreconditionFailedException;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.model.IdentityRef;
import ado.model.wit.AttachmentReference;
import ado.model.wit.WorkItemAttachments;
import ado.model.wit.WorkItemComment;
import ado.model.wit.WorkItemCommentFormat;
import ado.model.wit.WorkItemComments;
import ado.model.wit.WorkItemExpand;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemLinks;
import ado.model.wit.WorkItemPatch;
import ado.model.wit.WorkItemRelation;
import ado.model.wit.WorkItemTags;
import ado.model.wit.WorkItemUpdate;
import ado.model.wit.WorkItems;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A work item. One object per work item per project per service; its fields and relations load on first use
 * ({@code $expand=All}) and every change replaces them with the server's answer.
 *
 * <p>Changes are optimistic: {@link #update(Map)} and the link and attachment verbs send {@code test /rev} with the
 * revision this object last saw, so a concurrent change by someone else fails with
 * {@link AdoPreconditionFailedException} (ADO's 412) instead of being overwritten; {@link #refresh()} and try again.
 * {@link #addTag(String)} and {@link #removeTag(String)} do that themselves: on a revision conflict they re-read
 * and retry, so concurrent tag edits are never lost.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per work item per service, shared by every thread that reaches
 * it. Its record loads once even when threads ask together; {@code refresh()} and changes replace it whole, so a
 * reader sees the old record or the new one, never a mix.
 */
public final class WorkItem {

    private static final int TAG_ATTEMPTS = 10;

    private final Project project;
    private final Resource<Integer, ado.model.wit.WorkItem> self;

    WorkItem(Project project, int id) {
        this.project = project;
        this.self = new Resource<>(id, k -> WorkItems.get(project.api(), k, WorkItemExpand.ALL));
    }

    /** {@return the project this work item was reached through} */
    public Project project() {
        return project;
    }

    /** {@return the work item id} */
    public int id() {
        return self.key();
    }

    /**
     * {@return the web URL of this work item ({@code {org}/{project}/_workitems/edit/{id}}), as
     * {@link AzureDevOpsService#workItemByUrl} takes it; no request}
     */
    public java.net.URI webUrl() {
        return ObjectUrls.web(this);
    }

    /** {@return the work item as last read or changed, loaded on first use} */
    public ado.model.wit.WorkItem info() {
        return self.get();
    }

    /** {@return this work item after loading it again} */
    public WorkItem refresh() {
        return self.refresh(this);
    }

    void offer(ado.model.wit.WorkItem value) {
        self.set(value);
    }

    // ---- typed getters

    /** {@return the revision this object last saw} */
    public int rev() {
        Integer rev = info().rev();
        if (rev != null) {
            return rev;
        }
        if (info().fields().get("System.Rev") instanceof JsonNumber n) {
            return n.intValue();
        }
        throw ClientFailures.unexpectedAnswer("the revision (rev or System.Rev) of work item " + id());
    }

    /** {@return the title} */
    public String title() {
        return string(WorkItemFieldName.TITLE).orElse("");
    }

    /** {@return the state, such as {@code New} or {@code Active}} */
    public String state() {
        return string(WorkItemFieldName.STATE).orElse("");
    }

    /** {@return the work item type, such as {@code Task}} */
    public String type() {
        return string(WorkItemFieldName.WORK_ITEM_TYPE).orElse("");
    }

    /** {@return the work item type as an object of its project ({@link #type()} is its name); no further request} */
    public WorkItemType workItemType() {
        return WorkItemType.of(project, string(WorkItemFieldName.WORK_ITEM_TYPE).filter(t -> !t.isBlank())
                .orElseThrow(() -> ClientFailures.unexpectedAnswer("the type (System.WorkItemType) of work item "
                        + id())));
    }

    /** {@return the area path (backslash-separated)} */
    public String area() {
        return string(WorkItemFieldName.AREA_PATH).orElse("");
    }

    /** {@return the iteration path (backslash-separated)} */
    public String iteration() {
        return string(WorkItemFieldName.ITERATION_PATH).orElse("");
    }

    /** {@return who the work item is assigned to, if anyone} */
    public Optional<IdentityRef> assignedTo() {
        return field(WorkItemFieldName.ASSIGNED_TO).filter(JsonObject.class::isInstance)
                .map(v -> client().codec().fromTree(v, JsonType.of(IdentityRef.class)));
    }

    /** {@return the tags, in the server's order} */
    public List<String> tags() {
        return WorkItemTags.parse(string(WorkItemFieldName.TAGS).orElse(null));
    }

    /**
     * {@return the value of {@code field} as the server sent it, if it is set}
     *
     * @param field the field
     */
    public Optional<JsonValue> field(WorkItemFieldName field) {
        Objects.requireNonNull(field, "field == null");
        return info().fields().members().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(field.referenceName())).map(Map.Entry::getValue)
                .filter(v -> !(v instanceof ado.core.json.JsonNull)).findFirst();
    }

    /**
     * {@return the value of the field with reference name {@code referenceName}, if it is set}
     *
     * @param referenceName the field reference name, such as {@code System.Title}
     */
    public Optional<JsonValue> field(String referenceName) {
        return field(WorkItemFieldName.of(referenceName));
    }

    /**
     * {@return a text field's value, if it is set}
     *
     * @param field the field
     */
    public Optional<String> string(WorkItemFieldName field) {
        return field(field).map(v -> v instanceof ado.core.json.JsonString s ? s.value() : v.toJson());
    }

    // ---- changes

    /**
     * {@return this work item after setting {@code fields}} (keys {@link WorkItemFieldName} or reference-name
     * strings, values as {@link WorkItemPatch} writes them; {@code null} clears a field)
     *
     * @param fields the fields by {@link ado.model.wit.WorkItemFieldName} or reference name; a {@code null} value
     *               clears a field
     * @throws AdoPreconditionFailedException           if someone changed the work item since this object read it
     * @throws ado.core.error.AdoBadRequestException    if a rule fails; nothing changes
     */
    public WorkItem update(Map<?, ?> fields) {
        return patch(fieldsPatch(rev(), fields));
    }

    /** {@return the patch that sets {@code fields} on the work item at revision {@code rev}, and only then} */
    static WorkItemPatch fieldsPatch(int rev, Map<?, ?> fields) {
        return WorkItemPatch.builder().testRev(rev).fields(fields);
    }

    private WorkItem patch(WorkItemPatch patch) {
        self.set(WorkItems.update(project.api(), id(), patch.build()));
        return this;
    }

    /**
     * {@return this work item with {@code tag} added, unless it has it already (ignoring case)}
     *
     * @param tag the tag, without {@code ;}
     */
    public WorkItem addTag(String tag) {
        String t = requireTag(tag);
        return editTags(tags -> {
            if (WorkItemTags.containsIgnoreCase(tags, t)) {
                return null;
            }
            var more = new ArrayList<>(tags);
            more.add(t);
            return more;
        });
    }

    /**
     * {@return this work item without {@code tag} (ignoring case); no change when it does not have it}
     *
     * @param tag the tag
     */
    public WorkItem removeTag(String tag) {
        String t = requireTag(tag);
        return editTags(tags -> {
            List<String> fewer = tags.stream().filter(x -> !x.equalsIgnoreCase(t)).toList();
            return fewer.size() == tags.size() ? null : fewer;
        });
    }

    private static String requireTag(String tag) {
        Objects.requireNonNull(tag, "tag == null");
        String t = tag.strip();
        if (t.isEmpty() || t.contains(";")) {
            throw new IllegalArgumentException("tag must be non-blank without ';': '" + tag + "'");
        }
        return t;
    }

    /** Applies {@code edit} (null: nothing to do) with {@code test /rev}; on a conflict re-reads and retries. */
    private WorkItem editTags(UnaryOperator<List<String>> edit) {
        for (int attempt = 1; ; attempt++) {
            ado.model.wit.WorkItem current = attempt == 1 ? info() : self.reload();
            List<String> tags = WorkItemTags.parse(current.fields().string("System.Tags").orElse(null));
            List<String> changed = edit.apply(tags);
            if (changed == null) {
                return this;
            }
            try {
                return patch(WorkItemPatch.builder().testRev(current.rev())
                        .set(WorkItemFieldName.TAGS, WorkItemTags.join(changed)));
            } catch (AdoPreconditionFailedException e) {
                if (attempt == TAG_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * {@return the new comment {@code text} in {@code format}}; the work item gains a revision
     *
     * @param text the comment text
     * @param format the text format (Markdown or HTML)
     */
    public WorkItemComment comment(String text, WorkItemCommentFormat format) {
        WorkItemComment c = WorkItemComments.add(project.api(), id(), text, format);
        if (self.loaded()) {
            self.reload();
        }
        return c;
    }

    /** {@return the discussion, oldest first, fetched lazily} */
    public Stream<WorkItemComment> comments() {
        return WorkItemComments.list(project.api(), id());
    }

    /**
     * {@return comment {@code commentId} with its new {@code text} in {@code format}}
     *
     * @param commentId the comment id, {@link WorkItemComment#commentId()}
     * @param text the new comment text
     * @param format the text format (Markdown or HTML)
     * @throws ado.core.error.AdoNotFoundException if this work item has no such comment
     * @throws NullPointerException if {@code text} or {@code format} is null
     * @throws IllegalArgumentException if {@code commentId} is not positive, {@code text} is blank or {@code format}
     *                                  is {@code UNKNOWN}
     */
    public WorkItemComment updateComment(int commentId, String text, WorkItemCommentFormat format) {
        return WorkItemComments.update(project.api(), id(), commentId, text, format);
    }

    /**
     * Deletes comment {@code commentId}; the work item's record is read again if it was loaded.
     *
     * @param commentId the comment id, {@link WorkItemComment#commentId()}
     * @throws ado.core.error.AdoNotFoundException if this work item has no such comment
     * @throws IllegalArgumentException if {@code commentId} is not positive
     */
    public void deleteComment(int commentId) {
        WorkItemComments.delete(project.api(), id(), commentId);
        if (self.loaded()) {
            self.reload();
        }
    }

    /**
     * {@return the uploaded file (chunked above 4 MiB), attached to this work item}
     *
     * @param file the file to upload
     */
    public AttachmentReference attach(Path file) {
        AttachmentReference ref = WorkItemAttachments.upload(project.api(), file);
        patch(WorkItemPatch.builder().testRev(rev()).addRelation(WorkItemLinks.attachment(ref, null)));
        return ref;
    }

    /**
     * {@return the number of bytes} Streams attachment {@code attachmentId} into {@code file} without holding it in
     * memory, replacing the file only once the whole attachment has arrived (a failure leaves it as it was), as
     * {@link WorkItemAttachments#download(ApiCall, UUID, Path)} does.
     *
     * @param attachmentId the attachment id, {@link AttachmentReference#id()}
     * @param file the file to write; created or replaced
     * @throws ado.core.error.AdoNotFoundException if there is no such attachment
     * @throws NullPointerException if {@code attachmentId} or {@code file} is null
     */
    public long downloadAttachment(UUID attachmentId, Path file) {
        Objects.requireNonNull(attachmentId, "attachmentId == null");
        Objects.requireNonNull(file, "file == null");
        return WorkItemAttachments.download(project.api(), attachmentId, file);
    }

    /**
     * {@return the number of bytes} Streams attachment {@code attachmentId} to {@code out}, which stays open.
     *
     * @param attachmentId the attachment id, {@link AttachmentReference#id()}
     * @param out where to write the content
     * @throws ado.core.error.AdoNotFoundException if there is no such attachment
     * @throws NullPointerException if {@code attachmentId} or {@code out} is null
     */
    public long downloadAttachment(UUID attachmentId, OutputStream out) {
        Objects.requireNonNull(attachmentId, "attachmentId == null");
        Objects.requireNonNull(out, "out == null");
        return WorkItemAttachments.download(project.api(), attachmentId, out);
    }

    /**
     * {@return this work item after adding {@code relation} (a hyperlink, an artifact link, ...)}
     *
     * @param relation the relation
     */
    public WorkItem link(WorkItemRelation relation) {
        return patch(WorkItemPatch.builder().testRev(rev()).addRelation(relation));
    }

    /**
     * {@return this work item after linking it to {@code other} with link type {@code rel}} (such as
     * {@link WorkItemLinks#PARENT}); Azure DevOps adds the reverse link on {@code other}
     *
     * @param other the other work item
     * @param rel the link type, such as {@code System.LinkTypes.Related}
     */
    public WorkItem link(WorkItem other, String rel) {
        Objects.requireNonNull(other, "other == null");
        link(WorkItemLinks.workItem(rel, WorkItemLinks.workItemUrl(orgApi(), other.id()), null));
        if (other.self.loaded()) {
            other.self.reload();
        }
        return this;
    }

    /**
     * {@return this work item after removing every link to {@code other}} (both sides)
     *
     * @param other the other work item
     */
    public WorkItem unlink(WorkItem other) {
        Objects.requireNonNull(other, "other == null");
        List<WorkItemRelation> relations = info().relations();
        var patch = WorkItemPatch.builder().testRev(rev());
        boolean any = false;
        for (int i = relations.size() - 1; i >= 0; i--) {
            if (WorkItemLinks.targetId(relations.get(i)) == other.id()) {
                patch.removeRelation(i);
                any = true;
            }
        }
        if (any) {
            patch(patch);
            if (other.self.loaded()) {
                other.self.reload();
            }
        }
        return this;
    }

    /** {@return the parent, if this work item has one} */
    public Optional<WorkItem> parent() {
        return linked(WorkItemLinks.PARENT).findFirst();
    }

    /** {@return the children, in link order} */
    public List<WorkItem> children() {
        return linked(WorkItemLinks.CHILD).toList();
    }

    private Stream<WorkItem> linked(String rel) {
        return info().relations().stream().filter(r -> r.rel().equalsIgnoreCase(rel))
                .mapToInt(WorkItemLinks::targetId).filter(t -> t > 0).mapToObj(project::workItem);
    }

    /** {@return every revision, oldest first} */
    public List<ado.model.wit.WorkItem> history() {
        return WorkItems.revisions(project.api(), id()).toList();
    }

    /** {@return the update history: what each revision changed} */
    public List<WorkItemUpdate> updates() {
        return WorkItems.updates(project.api(), id()).toList();
    }

    /** Moves this work item to the recycle bin. */
    public void delete() {
        WorkItems.delete(project.api(), id());
    }

    // ---- typed records (see TypedWorkItems)

    /**
     * {@return this work item's fields as record {@code type}} (no request once loaded); see {@link TypedWorkItems}
     * for the field types and how empty fields read
     *
     * @param type a record whose components carry {@link Field}
     * @param <R> the record type
     * @throws IllegalArgumentException naming the record and component, if {@code type} cannot be mapped
     * @throws ado.core.error.AdoJsonException if a value does not fit its component, or a primitive one is empty
     */
    public <R extends Record> R as(Class<R> type) {
        return WorkItemMapping.of(type).read(info(), client().codec());
    }

    /**
     * {@return this work item after writing the fields where {@code changed} differs from it} (a copy of
     * {@link #as(Class)} with some components changed; nothing is sent when none differs). The patch tests the
     * revision {@code changed} was read at when its record maps {@code System.Rev}, else the revision this object
     * holds; so a change made by someone else since fails with {@link AdoPreconditionFailedException} instead of
     * being overwritten.
     *
     * @param changed the changed copy
     * @param <R> the record type
     * @throws AdoPreconditionFailedException if the work item changed since {@code changed} was read; nothing changes
     * @throws ado.core.error.AdoBadRequestException if a rule fails or a changed field is read-only; nothing changes
     * @throws IllegalArgumentException if {@code changed}'s record maps {@code System.Id} to another work item, or
     *                                  cannot be mapped
     */
    public <R extends Record> WorkItem update(R changed) {
        Objects.requireNonNull(changed, "changed == null");
        @SuppressWarnings("unchecked")
        WorkItemMapping<R> mapping = WorkItemMapping.of((Class<R>) changed.getClass());
        mapping.id(changed).filter(other -> other != id()).ifPresent(other -> {
            throw new IllegalArgumentException("changed is work item " + other + ", not " + id());
        });
        int expected = mapping.rev(changed).orElseGet(this::rev);
        if (expected > rev()) {
            self.reload(); // this object is older than the copy
        }
        Map<WorkItemFieldName, Object> changes = mapping.changes(mapping.read(info(), client().codec()), changed);
        return changes.isEmpty() ? this : patch(WorkItemPatch.builder().testRev(expected).fields(changes));
    }

    void offerIfLoaded(ado.model.wit.WorkItem value) {
        if (self.loaded()) {
            self.set(value);
        }
    }

    private ApiCall orgApi() {
        return project.organization().api();
    }

    private ado.core.AdoClient client() {
        return project.organization().service().client();
    }

    @Override
    public String toString() {
        if (!self.loaded()) {
            return "WorkItem[" + id() + "]";
        }
        return "WorkItem[" + id() + " " + type() + " " + Describe.quote(title()) + " state=" + state() + "]";
    }
}
