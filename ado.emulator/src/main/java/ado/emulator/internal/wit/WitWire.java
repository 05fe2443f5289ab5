package ado.emulator.internal.wit;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes ADO's wire JSON for work items, their revisions and updates, comments and recycle-bin entries. */
final class WitWire {

    /** What a work item response carries besides id, rev, fields and url. */
    record Shape(boolean relations, boolean links, Set<String> fields) {
        static final Shape FULL = new Shape(true, true, null);
    }

    private final Wire wire;
    private final WorkItemStore store;

    WitWire(Wire wire, WorkItemStore store) {
        this.wire = wire;
        this.store = store;
    }

    static WitWire of(ado.emulator.internal.http.Call call, OrgStore org, WorkItemStore store) {
        return new WitWire(Wire.of(call, org), store);
    }

    String itemUrl(int id) {
        return wire.url("/_apis/wit/workItems/" + id);
    }

    /** {@return a WorkItem} */
    JsonObject workItem(Revision r, Shape shape) {
        var fields = JsonObject.builder();
        r.fields().forEach((name, value) -> {
            if (shape.fields() == null || shape.fields().stream().anyMatch(name::equalsIgnoreCase)) {
                fields.put(name, value(value));
            }
        });
        var b = JsonObject.builder().put("id", r.id()).put("rev", r.rev()).put("fields", fields.build());
        if (shape.relations() && !r.relations().isEmpty()) {
            b.put("relations", relations(r.relations()));
        }
        String self = itemUrl(r.id());
        if (shape.links()) {
            b.put("_links", Wire.links("self", self, "workItemUpdates", self + "/updates",
                    "workItemHistory", self + "/history",
                    "workItemRevisions", self + "/revisions", "workItemComments", self + "/comments",
                    "html", wire.url("/" + r.project() + "/_workitems/edit/" + r.id()),
                    "workItemType", wire.url("/" + r.project() + "/_apis/wit/workItemTypes/"
                            + r.string("System.WorkItemType")),
                    "fields", wire.url("/" + r.project() + "/_apis/wit/fields")));
            if (r.fields().get("System.Parent") instanceof ado.core.json.JsonNumber parent) {
                b.put("_links", ((JsonObject) b.build().get("_links")).toBuilder().put("parent", JsonObject.builder()
                        .put("href", itemUrl(parent.intValue())).build()).build());
            }
        }
        return b.put("url", self).build();
    }

    /** {@return a field value as served: identities of known users as full IdentityRefs} */
    JsonValue value(JsonValue stored) {
        if (stored instanceof JsonObject o && o.has("descriptor")) {
            return store.user(o).map(wire::identity).map(v -> (JsonValue) v).orElse(stored);
        }
        return stored;
    }

    JsonArray relations(List<Relation> relations) {
        var out = new ArrayList<JsonValue>();
        for (Relation x : relations) {
            out.add(relation(x));
        }
        return new JsonArray(out);
    }

    JsonObject relation(Relation x) {
        var attributes = x.attributes().toBuilder();
        if (x.isWorkItemLink() && !x.attributes().has("isLocked")) {
            attributes.put("isLocked", false);
        }
        return JsonObject.builder().put("rel", x.rel()).put("url", x.isWorkItemLink() ? itemUrl(x.target()) : x.url())
                .put("attributes", attributes.build()).build();
    }

    /** {@return the WorkItemUpdate from {@code before} (null for the first) to {@code after}} */
    JsonObject update(Revision before, Revision after) {
        var fields = JsonObject.builder();
        Map<String, JsonValue> old = before == null ? Map.of() : before.fields();
        var names = new java.util.LinkedHashSet<String>(after.fields().keySet());
        names.addAll(old.keySet());
        for (String name : names) {
            JsonValue o = old.get(name);
            JsonValue n = after.fields().get(name);
            if (o == null ? n != null : !o.equals(n)) {
                var change = JsonObject.builder();
                if (o != null) {
                    change.put("oldValue", value(o));
                }
                if (n != null) {
                    change.put("newValue", value(n));
                }
                fields.put(name, change.build());
            }
        }
        var b = JsonObject.builder().put("id", after.rev()).put("workItemId", after.id()).put("rev", after.rev())
                .put("revisedBy", wire.identity(after.changedBy()))
                .put("revisedDate", after.fields().get("System.RevisedDate") instanceof ado.core.json.JsonString s
                        ? s.value() : WorkItemStore.NOT_REVISED)
                .put("fields", fields.build());
        List<Relation> was = before == null ? List.of() : before.relations();
        List<JsonValue> added = new ArrayList<>();
        List<JsonValue> removed = new ArrayList<>();
        List<JsonValue> updated = new ArrayList<>();
        for (Relation r : after.relations()) {
            var prior = was.stream().filter(r::sameLink).findFirst();
            if (prior.isEmpty()) {
                added.add(relation(r));
            } else if (!prior.get().attributes().equals(r.attributes())) {
                updated.add(relation(r));
            }
        }
        was.stream().filter(r -> after.relations().stream().noneMatch(r::sameLink)).forEach(r -> removed.add(
                relation(r)));
        if (!added.isEmpty() || !removed.isEmpty() || !updated.isEmpty()) {
            var rb = JsonObject.builder();
            if (!added.isEmpty()) {
                rb.put("added", new JsonArray(added));
            }
            if (!removed.isEmpty()) {
                rb.put("removed", new JsonArray(removed));
            }
            if (!updated.isEmpty()) {
                rb.put("updated", new JsonArray(updated));
            }
            b.put("relations", rb.build());
        }
        return b.put("url", itemUrl(after.id()) + "/updates/" + after.rev()).build();
    }

    /** {@return a Comment} */
    JsonObject comment(String projectId, ItemComment.View c) {
        return JsonObject.builder().put("workItemId", c.workItemId()).put("commentId", c.id())
                .put("version", c.version()).put("text", c.text())
                .put("format", c.format())
                .put("createdBy", wire.identity(c.createdBy())).put("createdDate", Wire.time(c.createdDate()))
                .put("modifiedBy", wire.identity(c.modifiedBy())).put("modifiedDate", Wire.time(c.modifiedDate()))
                .put("isDeleted", c.deleted())
                .put("url", wire.url("/" + projectId + "/_apis/wit/workItems/" + c.workItemId() + "/comments/"
                        + c.id())).build();
    }

    /** {@return a WorkItemDeleteReference} */
    JsonObject deleted(WorkItemStore.Deleted d, int code) {
        return JsonObject.builder().put("id", d.id()).put("code", code)
                .put("deletedBy", wire.identity(d.deletedBy()).string("displayName").orElse(""))
                .put("deletedDate", Wire.time(d.deletedDate())).put("name", d.title() == null ? "" : d.title())
                .put("project", d.project()).put("type", d.type() == null ? "" : d.type())
                .put("url", wire.url("/_apis/wit/recycleBin/" + d.id())).build();
    }

    String url(String path) {
        return wire.url(path);
    }
}
