package ado.emulator.internal.wit;

import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wit.WorkItemStore.Options;
import ado.emulator.internal.wit.WorkItemStore.Tag;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change to a work item before the {@link WorkItemStore} commits it: the {@link Draft} of its fields and
 * relations, the JSON Patch operations applied to it (field rules, tags, relations and their link types), and the
 * fields a change of state sets. Used under the store's lock.
 */
final class WorkItemPatch {

    private static final Pattern RELATION_PATH = Pattern.compile("/relations/(\\d+)(?:/attributes(?:/([^/]+))?)?");
    private static final Pattern WORK_ITEM_URL = Pattern.compile("(?i).*/_apis/wit/workItems/(\\d+)/?");
    static final Map<String, String> REVERSE = reverseLinks();
    static final String PARENT = "System.LinkTypes.Hierarchy-Reverse";
    static final String CHILD = "System.LinkTypes.Hierarchy-Forward";

    private final OrgStore org;
    private final WorkItemRules rules;
    private final FieldValues values;
    private final Map<String, Map<String, Tag>> tags;
    private final IntPredicate exists;

    WorkItemPatch(OrgStore org, WorkItemRules rules, FieldValues values, Map<String, Map<String, Tag>> tags,
                  IntPredicate exists) {
        this.org = org;
        this.rules = rules;
        this.values = values;
        this.tags = tags;
        this.exists = exists;
    }

    /** The work item being changed: a copy of the fields and relations that a failed patch throws away. */
    static final class Draft {
        final int id;
        final Map<String, JsonValue> fields;
        final List<Relation> relations;
        int rev;
        String history;

        Draft(int id, Map<String, JsonValue> fields, List<Relation> relations) {
            this.id = id;
            this.fields = fields;
            this.relations = relations;
        }
    }

    void apply(Draft draft, List<JsonValue> patch, Options options) {
        for (JsonValue v : patch) {
            if (!(v instanceof JsonObject op)) {
                throw WitErrors.badRequest("Each operation of the JSON Patch document must be an object.");
            }
            String kind = WireEnums.OPERATION.parse(op.get("op"), "op").orElse("").toLowerCase(Locale.ROOT);
            String path = op.string("path").orElseThrow(() -> WitErrors.badRequest(
                    "A JSON Patch operation has no path."));
            JsonValue value = op.get("value");
            if (!List.of("add", "replace", "remove", "test").contains(kind)) {
                throw WitErrors.badRequest("The JSON Patch operation '" + kind + "' is not supported for work items.");
            }
            if ((kind.equals("add") || kind.equals("replace") || kind.equals("test")) && value == null) {
                throw WitErrors.badRequest("The JSON Patch operation " + kind + " of " + path + " has no value.");
            }
            if (path.equalsIgnoreCase("/rev") || path.equalsIgnoreCase("/id")) {
                if (kind.equals("test")) {
                    int actual = path.equalsIgnoreCase("/rev") ? draft.rev : draft.id;
                    if (!(value instanceof JsonNumber n && n.isLong() && n.longValue() == actual)
                            && !(value instanceof JsonString s && s.value().strip().equals(String.valueOf(actual)))) {
                        throw WitErrors.testFailed(path, String.valueOf(actual), value.toJson());
                    }
                }
                continue;
            }
            if (path.regionMatches(true, 0, "/fields/", 0, 8)) {
                field(draft, kind, path.substring(8), value, options);
            } else if (path.equals("/relations/-") && kind.equals("add")) {
                Relation r = relation(value);
                if (draft.relations.stream().anyMatch(r::sameLink)) {
                    throw WitErrors.badRequest("VS402613: The relation " + r.rel() + " to "
                            + (r.isWorkItemLink() ? "work item " + r.target() : r.url()) + " already exists.");
                }
                draft.relations.add(r);
            } else if (path.startsWith("/multilineFieldsFormat/")) {
                continue; // the format of multi-line fields (Markdown or HTML) is accepted and not modelled
            } else {
                relationOp(draft, kind, path, value);
            }
        }
    }

    private void field(Draft draft, String kind, String name, JsonValue value, Options options) {
        WorkItemRules.FieldRules f = rules.field(name).orElseThrow(() -> WitErrors.unknownField(name));
        String ref = f.referenceName();
        switch (kind) {
            case "test" -> {
                JsonValue current = draft.fields.getOrDefault(ref, JsonNull.INSTANCE);
                if (!current.equals(value)) {
                    throw WitErrors.testFailed("/fields/" + ref, current.toJson(), value.toJson());
                }
            }
            case "remove" -> {
                if (f.readOnly() && !options.bypassRules()) {
                    throw WitErrors.readOnly(ref);
                }
                draft.fields.remove(ref);
            }
            default -> {
                if (f.readOnly() && !options.bypassRules()) {
                    throw WitErrors.readOnly(ref);
                }
                if (value instanceof JsonNull || value instanceof JsonString s && s.value().isEmpty()) {
                    draft.fields.remove(ref); // ADO clears a field set to null or ""
                } else if (ref.equals("System.Tags")) {
                    draft.fields.put(ref, JsonString.of(tagsValue(draft, FieldValues.text(value))));
                } else {
                    JsonValue stored = values.normalize(f, value, options.bypassRules());
                    draft.fields.put(ref, stored);
                    if (ref.equals("System.History")) {
                        draft.history = FieldValues.text(stored);
                    }
                }
            }
        }
    }

    /** {@return the tags of {@code text}: trimmed, blanks dropped, de-duplicated ignoring case, sorted} */
    private String tagsValue(Draft draft, String text) {
        String project = ((JsonString) draft.fields.get("System.TeamProject")).value();
        Map<String, Tag> known = tags.getOrDefault(project.toLowerCase(Locale.ROOT), Map.of());
        var seen = new TreeMap<String, String>();
        for (String piece : text.split(";")) {
            String tag = piece.strip();
            if (!tag.isEmpty()) {
                String key = tag.toLowerCase(Locale.ROOT);
                Tag existing = known.get(key);
                seen.putIfAbsent(key, existing != null ? existing.name() : tag);
            }
        }
        return String.join("; ", seen.values());
    }

    private Relation relation(JsonValue value) {
        if (!(value instanceof JsonObject o)) {
            throw WitErrors.badRequest("The value of a relation must be an object with rel and url.");
        }
        String rel = o.string("rel").filter(s -> !s.isBlank())
                .orElseThrow(() -> WitErrors.badRequest("The relation has no rel."));
        String url = o.string("url").filter(s -> !s.isBlank())
                .orElseThrow(() -> WitErrors.badRequest("The relation has no url."));
        JsonObject attributes = o.get("attributes") instanceof JsonObject a ? a : JsonObject.EMPTY;
        String canonical = REVERSE.keySet().stream().filter(k -> k.equalsIgnoreCase(rel)).findFirst().orElse(null);
        if (canonical != null) {
            Matcher m = WORK_ITEM_URL.matcher(url);
            if (!m.matches()) {
                throw WitErrors.badRequest("The url '" + url + "' of a " + rel + " relation is not a work item URL.");
            }
            int target = Integer.parseInt(m.group(1));
            if (!exists.test(target)) {
                throw WitErrors.badRequest("TF201063: The work item " + target + " of the link does not exist.");
            }
            return new Relation(canonical, target, null, attributes);
        }
        return new Relation(rel, 0, url, attributes);
    }

    private void relationOp(Draft draft, String kind, String path, JsonValue value) {
        Matcher m = RELATION_PATH.matcher(path);
        if (!m.matches()) {
            throw WitErrors.badRequest("The path '" + path + "' is not a valid work item patch path.");
        }
        int index = Integer.parseInt(m.group(1));
        if (index >= draft.relations.size()) {
            throw WitErrors.badRequest("The relation index " + index + " is out of range; the work item has "
                    + draft.relations.size() + " relations.");
        }
        Relation r = draft.relations.get(index);
        boolean whole = !path.contains("/attributes");
        String attribute = m.group(2);
        if (whole) {
            switch (kind) {
                case "remove" -> draft.relations.remove(index);
                case "test" -> {
                }
                default -> draft.relations.set(index, relation(value));
            }
        } else if (attribute == null) {
            if (!kind.equals("test")) {
                draft.relations.set(index, r.withAttributes(kind.equals("remove") ? JsonObject.EMPTY
                        : (JsonObject) (value instanceof JsonObject ? value : JsonObject.EMPTY)));
            }
        } else {
            var b = r.attributes().toBuilder();
            switch (kind) {
                case "remove" -> b.remove(attribute);
                case "test" -> {
                }
                default -> b.put(attribute, value);
            }
            draft.relations.set(index, r.withAttributes(b.build()));
        }
    }

    static String reason(String from, String to) {
        return switch (to) {
            case "New" -> "New";
            case "Active" -> "Closed".equals(from) || "Resolved".equals(from) ? "Reactivated" : "Implementation started";
            case "Resolved" -> "Code complete and unit tests pass";
            case "Closed" -> "Acceptance tests pass";
            case "Removed" -> "Removed from the backlog";
            default -> "Moved to state " + to;
        };
    }

    void stateDates(Map<String, JsonValue> fields, String state, Instant now) {
        JsonObject me = FieldValues.identityJson(org.me());
        switch (state) {
            case "Active" -> {
                fields.put("Microsoft.VSTS.Common.ActivatedDate", JsonString.of(now.toString()));
                fields.put("Microsoft.VSTS.Common.ActivatedBy", me);
            }
            case "Resolved" -> {
                fields.put("Microsoft.VSTS.Common.ResolvedDate", JsonString.of(now.toString()));
                fields.put("Microsoft.VSTS.Common.ResolvedBy", me);
            }
            case "Closed" -> {
                fields.put("Microsoft.VSTS.Common.ClosedDate", JsonString.of(now.toString()));
                fields.put("Microsoft.VSTS.Common.ClosedBy", me);
            }
            default -> {
            }
        }
    }

    private static Map<String, String> reverseLinks() {
        var m = new LinkedHashMap<String, String>();
        for (String base : List.of("System.LinkTypes.Hierarchy", "System.LinkTypes.Dependency",
                "System.LinkTypes.Duplicate", "Microsoft.VSTS.Common.TestedBy", "Microsoft.VSTS.Common.Affects")) {
            m.put(base + "-Forward", base + "-Reverse");
            m.put(base + "-Reverse", base + "-Forward");
        }
        m.put("System.LinkTypes.Related", "System.LinkTypes.Related");
        return m;
    }
}
