package ado.emulator.internal.search;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wiql.WorkItemView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Work item search over the work item store: a work item matches when its title or description contains the search
 * text (case-insensitively). Results carry the fields Azure DevOps returns, keyed by lower-case reference name, and
 * a hit per matching field; they are in id order.
 */
public final class WorkItemSearch implements SearchSource {

    private static final List<String> SEARCHED = List.of("System.Title", "System.Description");
    private static final List<String> RETURNED = List.of("System.Id", "System.WorkItemType", "System.Title",
            "System.State", "System.AssignedTo", "System.CreatedDate", "System.ChangedDate", "System.Tags");

    private final OrgStore org;
    private final WorkItemView items;

    /** Creates the search over {@code items}. */
    public WorkItemSearch(OrgStore org, WorkItemView items) {
        this.org = org;
        this.items = items;
    }

    @Override
    public List<JsonObject> find(String text, String projectName) {
        String needle = text.toLowerCase(Locale.ROOT);
        var out = new ArrayList<JsonObject>();
        items.items().forEach(row -> {
            if (projectName != null && !row.project().equalsIgnoreCase(projectName)) {
                return;
            }
            var hits = new ArrayList<JsonValue>();
            for (String field : SEARCHED) {
                if (row.fields().get(field) instanceof JsonString s
                        && s.value().toLowerCase(Locale.ROOT).contains(needle)) {
                    hits.add(JsonObject.builder().put("fieldReferenceName", field.toLowerCase(Locale.ROOT))
                            .put("highlights", new JsonArray(List.of(JsonString.of(s.value())))).build());
                }
            }
            if (!hits.isEmpty()) {
                out.add(result(row, hits));
            }
        });
        return out;
    }

    private JsonObject result(WorkItemView.Row row, List<JsonValue> hits) {
        var fields = JsonObject.builder();
        for (String name : RETURNED) {
            JsonValue v = name.equals("System.Id") ? JsonString.of(Integer.toString(row.id())) : row.fields().get(name);
            if (v instanceof JsonObject identity) {
                v = JsonString.of(identity.string("displayName").orElse("") + " <"
                        + identity.string("uniqueName").orElse("") + ">");
            }
            if (v != null) {
                fields.put(name.toLowerCase(Locale.ROOT), v instanceof JsonString ? v : JsonString.of(v.toJson()));
            }
        }
        var project = JsonObject.builder().put("name", row.project());
        org.projects().stream().filter(p -> p.name().equalsIgnoreCase(row.project())).findFirst()
                .map(Project::id).ifPresent(id -> project.put("id", id.toString()));
        return JsonObject.builder().put("project", project.build()).put("fields", fields.build())
                .put("hits", new JsonArray(hits)).put("url", "/" + row.project() + "/_apis/wit/workItems/" + row.id())
                .build();
    }
}
