package ado.emulator.internal.wit;

import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.User;
import ado.emulator.internal.wit.WorkItemPatch.Draft;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The organisation's work items: ids unique in the organisation, every change a new revision (the history is kept
 * and {@code asOf} reads old revisions), JSON Patch applied atomically (a failed patch changes nothing), the rules
 * of {@link WorkItemRules} enforced unless bypassed, links kept on both sides, comments, the recycle bin and
 * project tags. One lock guards everything, so readers never see half a change. Thread-safe.
 */
public final class WorkItemStore {

    /** The revised date of the latest revision, as ADO writes it. */
    public static final String NOT_REVISED = "9999-01-01T00:00:00Z";

    /** Checks the targets of {@code ArtifactLink} relations and is told when one is added or removed. */
    public interface ArtifactLinkListener {
        /** Throws an {@link ado.emulator.internal.http.AdoError} when {@code artifactUrl} names nothing. */
        void check(String artifactUrl);

        /** Called after the change is committed, outside the store's lock. */
        void changed(int workItemId, String artifactUrl, boolean added);
    }

    /** Options of a create or update ({@code validateOnly}, {@code bypassRules}). */
    public record Options(boolean validateOnly, boolean bypassRules) {
        /** No options. */
        public static final Options NONE = new Options(false, false);
    }

    /** A deleted work item in the recycle bin. */
    public record Deleted(int id, String project, String type, String title, UUID deletedBy, Instant deletedDate) {
    }

    /** A tag definition of a project. */
    public record Tag(UUID id, String name, Instant lastUpdated) {
    }

    private static final class Item {
        final int id;
        final List<Revision> revisions = new ArrayList<>();
        final List<ItemComment> comments = new ArrayList<>();
        Deleted deleted;

        Item(int id) {
            this.id = id;
        }

        Revision latest() {
            return revisions.get(revisions.size() - 1);
        }
    }

    private final OrgStore org;
    private final WorkItemRules rules;
    private final Clock clock;
    private final FieldValues values;
    private final WorkItemPatch patcher;
    private final TreeMap<Integer, Item> items = new TreeMap<>();
    private final Map<String, Map<String, Tag>> tags = new HashMap<>();
    private final List<ArtifactLinkListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private int nextId = 1;
    private int nextCommentId = 1;
    private long watermark;
    private Instant last = Instant.EPOCH;

    /** Creates an empty store. */
    public WorkItemStore(OrgStore org, WorkItemRules rules, Clock clock) {
        this.org = Objects.requireNonNull(org, "org == null");
        this.rules = Objects.requireNonNull(rules, "rules == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.values = new FieldValues(org);
        this.patcher = new WorkItemPatch(org, rules, values, tags, this::exists);
    }

    /** Registers {@code listener} for artifact links. */
    public void onArtifactLink(ArtifactLinkListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener == null"));
    }

    /** {@return the rules the store enforces} */
    public WorkItemRules rules() {
        return rules;
    }

    // ---- reads ---------------------------------------------------------------------------------------------

    /** {@return the latest revision of live work item {@code id}, or at {@code asOf}; 404 TF401232 when none} */
    public synchronized Revision get(int id, Instant asOf) {
        Item item = live(id);
        if (asOf == null) {
            return item.latest();
        }
        Revision found = null;
        for (Revision r : item.revisions) {
            if (!r.changedDate().isAfter(asOf)) {
                found = r;
            }
        }
        if (found == null) {
            throw WitErrors.notFound(id);
        }
        return found;
    }

    /** {@return the live work item {@code id}, if there is one} */
    public synchronized Optional<Revision> find(int id) {
        Item item = items.get(id);
        return item == null || item.deleted != null ? Optional.empty() : Optional.of(item.latest());
    }

    /** {@return every revision of live work item {@code id}, oldest first} */
    public synchronized List<Revision> revisions(int id) {
        return List.copyOf(live(id).revisions);
    }

    /** {@return the latest revision of every live work item, in id order} */
    public synchronized List<Revision> all() {
        return items.values().stream().filter(i -> i.deleted == null).map(Item::latest).toList();
    }

    /** {@return whether work item {@code id} exists and is not deleted} */
    public synchronized boolean exists(int id) {
        Item item = items.get(id);
        return item != null && item.deleted == null;
    }

    private Item live(int id) {
        Item item = items.get(id);
        if (item == null || item.deleted != null) {
            throw WitErrors.notFound(id);
        }
        return item;
    }

    // ---- create and update ---------------------------------------------------------------------------------

    /** {@return the new work item of {@code type} in {@code project} after applying {@code patch}} */
    public Revision create(String project, String type, List<JsonValue> patch, Options options) {
        Project p = org.project(project);
        List<Runnable> after = new ArrayList<>();
        Revision result;
        synchronized (this) {
            WorkItemRules.TypeRules t = rules.type(p.name(), type).orElseThrow(() -> WitErrors.unknownType(type));
            var draft = new Draft(-1, new LinkedHashMap<>(), new ArrayList<>());
            draft.fields.put("System.TeamProject", JsonString.of(p.name()));
            draft.fields.put("System.WorkItemType", JsonString.of(t.name()));
            patcher.apply(draft, patch, options);
            result = commit(null, draft, null, options, after);
        }
        after.forEach(Runnable::run);
        return result;
    }

    /** {@return work item {@code id} after applying {@code patch}} (only the revision when validating) */
    public Revision update(int id, List<JsonValue> patch, Options options) {
        List<Runnable> after = new ArrayList<>();
        Revision result;
        synchronized (this) {
            Item item = live(id);
            Revision current = item.latest();
            var draft = new Draft(id, new LinkedHashMap<>(current.fields()), new ArrayList<>(current.relations()));
            draft.rev = current.rev();
            patcher.apply(draft, patch, options);
            result = commit(item, draft, current, options, after);
        }
        after.forEach(Runnable::run);
        return result;
    }

    private Revision commit(Item item, Draft draft, Revision current, Options options, List<Runnable> after) {
        String projectName = ((JsonString) draft.fields.get("System.TeamProject")).value();
        Project project = org.findProject(projectName).orElseThrow(() -> WitErrors.rule("Team Project",
                "InvalidListValue"));
        projectName = project.name();
        draft.fields.put("System.TeamProject", JsonString.of(projectName));
        String typeName = FieldValues.text(draft.fields.get("System.WorkItemType"));
        WorkItemRules.TypeRules type = rules.type(projectName, typeName)
                .orElseThrow(() -> WitErrors.unknownType(typeName));
        draft.fields.put("System.WorkItemType", JsonString.of(type.name()));
        String oldState = current == null ? null : current.string("System.State");
        boolean typeChanged = current != null && !type.name().equals(current.string("System.WorkItemType"));
        if (!draft.fields.containsKey("System.State")) {
            draft.fields.put("System.State", JsonString.of(type.initialState()));
        }
        String state = draft.fields.get("System.State") instanceof JsonString s ? s.value() : "";
        String canonicalState = type.states().stream().filter(x -> x.equalsIgnoreCase(state)).findFirst()
                .orElse(null);
        int reportedId = item == null ? -1 : item.id;
        if (!options.bypassRules()) {
            if (canonicalState == null) {
                throw WitErrors.rule("State", "InvalidListValue");
            }
            String from = current == null || typeChanged ? type.initialState() : oldState;
            if (!canonicalState.equals(from) && !type.transitions().getOrDefault(from, java.util.Set.of())
                    .contains(canonicalState)) {
                if (!(current == null || typeChanged) || !canonicalState.equals(type.initialState())) {
                    throw WitErrors.rule("State", "InvalidListValue");
                }
            }
            JsonValue title = draft.fields.get("System.Title");
            if (!(title instanceof JsonString t) || t.value().isBlank()) {
                throw WitErrors.rule("Title", "Required, InvalidEmpty");
            }
            for (String required : type.requiredFields()) {
                if (!draft.fields.containsKey(required)) {
                    String name = rules.field(required).map(WorkItemRules.FieldRules::name).orElse(required);
                    throw WitErrors.rule(name, "Required, InvalidEmpty");
                }
            }
            for (String kind : List.of("area", "iteration")) {
                String ref = kind.equals("area") ? "System.AreaPath" : "System.IterationPath";
                JsonValue path = draft.fields.get(ref);
                if (path == null) {
                    draft.fields.put(ref, JsonString.of(projectName));
                } else if (!(path instanceof JsonString ps) || !rules.pathExists(projectName, kind, ps.value())) {
                    throw WitErrors.invalidTreeName(reportedId, ref);
                }
            }
        } else {
            draft.fields.putIfAbsent("System.AreaPath", JsonString.of(projectName));
            draft.fields.putIfAbsent("System.IterationPath", JsonString.of(projectName));
        }
        if (canonicalState != null) {
            draft.fields.put("System.State", JsonString.of(canonicalState));
        }
        // links: one parent, the other side of every added or removed work item link
        List<Relation> before = current == null ? List.of() : current.relations();
        List<Relation> added = draft.relations.stream().filter(r -> r.isWorkItemLink()
                && before.stream().noneMatch(r::sameLink)).toList();
        List<Relation> removed = before.stream().filter(r -> r.isWorkItemLink()
                && draft.relations.stream().noneMatch(r::sameLink)).toList();
        List<Relation> parents = draft.relations.stream().filter(r -> r.rel().equals(WorkItemPatch.PARENT))
                .toList();
        if (parents.size() > 1) {
            throw WitErrors.secondParent(parents.get(1).target(), reportedId);
        }
        for (Relation r : draft.relations) {
            if (r.rel().equalsIgnoreCase("ArtifactLink") && before.stream().noneMatch(r::sameLink)) {
                listeners.forEach(l -> l.check(r.url()));
            }
        }
        for (Relation r : added) {
            if (r.target() == reportedId) {
                throw WitErrors.badRequest("TF201065: A work item cannot be linked to itself.");
            }
            if (r.rel().equals(WorkItemPatch.CHILD)) {
                Revision child = items.get(r.target()).latest();
                if (child.relations().stream().anyMatch(x -> x.rel().equals(WorkItemPatch.PARENT)
                        && x.target() != reportedId)) {
                    throw WitErrors.secondParent(reportedId, r.target());
                }
            }
        }
        if (options.validateOnly()) {
            return current != null ? current : new Revision(0, 0, draft.fields, draft.relations, now(false),
                    org.me().id());
        }
        // everything is valid: commit
        Instant now = now(true);
        UUID me = org.me().id();
        if (item == null) {
            item = new Item(nextId++);
            items.put(item.id, item);
            draft.fields.put("System.CreatedDate", JsonString.of(now.toString()));
            draft.fields.put("System.CreatedBy", FieldValues.identityJson(org.me()));
            draft.fields.putIfAbsent("System.Reason", JsonString.of("New"));
            if (rules.field("Microsoft.VSTS.Common.Priority").isPresent()) {
                draft.fields.putIfAbsent("Microsoft.VSTS.Common.Priority", JsonNumber.of(2)); // the processes' default
            }
            draft.fields.put("Microsoft.VSTS.Common.StateChangeDate", JsonString.of(now.toString()));
        } else if (canonicalState != null && !canonicalState.equals(oldState)) {
            draft.fields.put("System.Reason", JsonString.of(WorkItemPatch.reason(oldState, canonicalState)));
            draft.fields.put("Microsoft.VSTS.Common.StateChangeDate", JsonString.of(now.toString()));
            patcher.stateDates(draft.fields, canonicalState, now);
        }
        draft.fields.put("System.Id", JsonNumber.of(item.id));
        if (draft.history != null) {
            item.comments.add(new ItemComment(item.id, nextCommentId++, draft.history, "html", me, now));
        }
        registerTags(projectName, draft.fields.get("System.Tags"), now);
        Revision saved = append(item, draft.fields, draft.relations, now);
        int self = item.id;
        for (Relation r : added) {
            Item other = items.get(r.target());
            Relation back = new Relation(WorkItemPatch.REVERSE.get(r.rel()), self, null, r.attributes());
            Revision o = other.latest();
            if (o.relations().stream().noneMatch(back::sameLink)) {
                var rels = new ArrayList<>(o.relations());
                rels.add(back);
                append(other, o.fields(), rels, now);
            }
        }
        for (Relation r : removed) {
            Item other = items.get(r.target());
            if (other == null) {
                continue;
            }
            Relation back = new Relation(WorkItemPatch.REVERSE.get(r.rel()), self, null, JsonObject.EMPTY);
            Revision o = other.latest();
            if (o.relations().stream().anyMatch(back::sameLink)) {
                append(other, o.fields(), o.relations().stream().filter(x -> !x.sameLink(back)).toList(), now);
            }
        }
        for (Relation r : draft.relations) {
            if (r.rel().equals("ArtifactLink") && before.stream().noneMatch(r::sameLink)) {
                listeners.forEach(l -> after.add(() -> l.changed(self, r.url(), true)));
            }
        }
        for (Relation r : before) {
            if (r.rel().equals("ArtifactLink") && draft.relations.stream().noneMatch(r::sameLink)) {
                listeners.forEach(l -> after.add(() -> l.changed(self, r.url(), false)));
            }
        }
        return saved;
    }

    /** Adds a revision with {@code fields} and {@code relations}, setting the system fields of a new revision. */
    private Revision append(Item item, Map<String, JsonValue> fields, List<Relation> relations, Instant now) {
        var f = new LinkedHashMap<>(fields);
        int rev = item.revisions.isEmpty() ? 1 : item.latest().rev() + 1;
        JsonObject me = FieldValues.identityJson(org.me());
        f.put("System.Rev", JsonNumber.of(rev));
        f.put("System.ChangedDate", JsonString.of(now.toString()));
        f.put("System.ChangedBy", me);
        f.put("System.AuthorizedDate", JsonString.of(now.toString()));
        f.put("System.AuthorizedAs", me);
        f.put("System.RevisedDate", JsonString.of(NOT_REVISED));
        f.put("System.Watermark", JsonNumber.of(++watermark));
        f.put("System.CommentCount", JsonNumber.of(item.comments.stream().filter(c -> !c.view().deleted()).count()));
        f.remove("System.Parent");
        relations.stream().filter(r -> r.rel().equals(WorkItemPatch.PARENT)).findFirst()
                .ifPresent(p -> f.put("System.Parent", JsonNumber.of(p.target())));
        if (!item.revisions.isEmpty()) {
            Revision prev = item.latest();
            var pf = new LinkedHashMap<>(prev.fields());
            pf.put("System.RevisedDate", JsonString.of(now.toString()));
            item.revisions.set(item.revisions.size() - 1, new Revision(prev.id(), prev.rev(), pf, prev.relations(),
                    prev.changedDate(), prev.changedBy()));
        }
        var r = new Revision(item.id, rev, f, relations, now, org.me().id());
        item.revisions.add(r);
        return r;
    }

    private void registerTags(String project, JsonValue value, Instant now) {
        if (!(value instanceof JsonString s) || s.value().isBlank()) {
            return;
        }
        Map<String, Tag> known = tags.computeIfAbsent(project.toLowerCase(Locale.ROOT), k -> new TreeMap<>());
        for (String piece : s.value().split(";")) {
            String tag = piece.strip();
            if (!tag.isEmpty()) {
                known.computeIfAbsent(tag.toLowerCase(Locale.ROOT), k -> new Tag(org.idFor("tag", project + "/" + k),
                        tag, now));
            }
        }
    }

    /** {@return a strictly increasing time: the clock, or one millisecond after the last one handed out} */
    private Instant now(boolean advance) {
        Instant t = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (!t.isAfter(last)) {
            t = last.plusMillis(1);
        }
        if (advance) {
            last = t;
        }
        return t;
    }

    // ---- recycle bin ---------------------------------------------------------------------------------------

    /** Moves work item {@code id} to the recycle bin, or destroys it for good. */
    public synchronized void delete(int id, boolean destroy) {
        Item item = items.get(id);
        if (item == null) {
            throw WitErrors.notFound(id);
        }
        if (destroy) {
            items.remove(id);
            return;
        }
        if (item.deleted != null) {
            throw WitErrors.notFound(id);
        }
        Revision r = item.latest();
        item.deleted = new Deleted(id, r.project(), r.string("System.WorkItemType"), r.string("System.Title"),
                org.me().id(), now(true));
    }

    /** {@return the deleted work items of {@code project}} */
    public synchronized List<Deleted> recycleBin(String project) {
        return items.values().stream().filter(i -> i.deleted != null && i.deleted.project().equalsIgnoreCase(project))
                .map(i -> i.deleted).toList();
    }

    /** {@return deleted work item {@code id}; 404 when it is not in the recycle bin} */
    public synchronized Deleted deleted(int id) {
        Item item = items.get(id);
        if (item == null || item.deleted == null) {
            throw WitErrors.notFound(id);
        }
        return item.deleted;
    }

    /** {@return the restored work item {@code id}}; 404 when it is not in the recycle bin */
    public synchronized Deleted restore(int id) {
        Deleted d = deleted(id);
        items.get(id).deleted = null;
        return d;
    }

    /** Destroys deleted work item {@code id}; 404 when it is not in the recycle bin. */
    public synchronized void destroy(int id) {
        deleted(id);
        items.remove(id);
    }

    // ---- comments ------------------------------------------------------------------------------------------

    /** {@return the new comment}; it becomes the work item's {@code System.History} in a new revision */
    public synchronized ItemComment.View addComment(int id, String text, String format) {
        Item item = live(id);
        Instant now = now(true);
        var c = new ItemComment(id, nextCommentId++, text, format, org.me().id(), now);
        item.comments.add(c);
        Revision r = item.latest();
        var f = new LinkedHashMap<>(r.fields());
        f.put("System.History", JsonString.of(text));
        append(item, f, r.relations(), now);
        return c.view();
    }

    /** {@return the comments of work item {@code id}, oldest first; deleted ones only when asked} */
    public synchronized List<ItemComment.View> comments(int id, boolean includeDeleted) {
        return live(id).comments.stream().map(ItemComment::view).filter(c -> includeDeleted || !c.deleted())
                .toList();
    }

    /** {@return comment {@code commentId} of work item {@code id}} */
    public synchronized ItemComment.View comment(int id, int commentId) {
        return find(live(id), commentId).view();
    }

    /** {@return the comment after changing its text} */
    public synchronized ItemComment.View editComment(int id, int commentId, String text, String format) {
        ItemComment c = find(live(id), commentId);
        c.edit(text, format, org.me().id(), now(true));
        return c.view();
    }

    /** Marks comment {@code commentId} deleted. */
    public synchronized void deleteComment(int id, int commentId) {
        find(live(id), commentId).delete(org.me().id(), now(true));
    }

    private static ItemComment find(Item item, int commentId) {
        return item.comments.stream().filter(c -> c.view().id() == commentId && !c.view().deleted()).findFirst()
                .orElseThrow(() -> WitErrors.commentNotFound(item.id, commentId));
    }

    // ---- tags ----------------------------------------------------------------------------------------------

    /** {@return the tags used in {@code project}, by name} */
    public synchronized List<Tag> tags(String project) {
        var list = new ArrayList<>(tags.getOrDefault(project.toLowerCase(Locale.ROOT), Map.of()).values());
        list.sort(java.util.Comparator.comparing(Tag::name, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    // ---- users ---------------------------------------------------------------------------------------------

    /** {@return the user a stored identity value names, if it is one of the organisation's users} */
    public Optional<User> user(JsonValue identity) {
        return values.identity(identity);
    }
}
